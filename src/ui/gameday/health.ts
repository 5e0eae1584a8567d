// Is a game-day server behind this page? `GET /healthz` answers JSON when the game is served by
// `npm run server`; a static host answers with the page itself (or not at all), which means solo only.
import { useEffect, useState } from 'react';

export type ServerStatus = 'checking' | 'up' | 'down';

let known: Promise<boolean> | null = null;

export function checkServer(fetcher: typeof fetch = fetch): Promise<boolean> {
  // The browser's default Accept (*/*): a host that falls back to the page for unknown paths (vite
  // preview, most static hosts) answers 200 with HTML rather than a 404 that would log a console error.
  known ??= fetcher('/healthz', { signal: AbortSignal.timeout(3_000) })
    .then(async (response) => {
      if (!response.ok || !(response.headers.get('content-type') ?? '').includes('json')) return false;
      const body: unknown = await response.json();
      return typeof body === 'object' && body !== null;
    })
    .catch(() => false);
  return known;
}

/** Tests start from an unknown server. */
export function forgetServerCheck(): void {
  known = null;
}

export function useServerStatus(): ServerStatus {
  const [status, setStatus] = useState<ServerStatus>('checking');
  useEffect(() => {
    let live = true;
    void checkServer().then((up) => live && setStatus(up ? 'up' : 'down'));
    return () => {
      live = false;
    };
  }, []);
  return status;
}

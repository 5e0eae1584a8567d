// Hash routing: the scenario and the seed live in the URL, so Back works and a link replays the
// same drill. #/ (picker), #/brief/<id>?seed=7, #/play/<id>?seed=7, #/debrief/<id>?seed=7.
import { useSyncExternalStore } from 'react';

export type Route =
  | { name: 'picker' }
  | { name: 'brief' | 'play' | 'debrief'; id: string; seed: number }
  | { name: 'not-found'; path: string };

const SCREENS = new Set(['brief', 'play', 'debrief']);

export function parseRoute(hash: string): Route {
  const raw = hash.replace(/^#/, '') || '/';
  const [path = '/', query = ''] = raw.split('?', 2);
  const parts = path.split('/').filter(Boolean);
  if (parts.length === 0) return { name: 'picker' };
  const [screen, id] = parts;
  if (parts.length === 2 && screen && id && SCREENS.has(screen) && /^[a-z0-9][a-z0-9-]*$/.test(id)) {
    const seedText = new URLSearchParams(query).get('seed');
    const seed = seedText !== null && /^\d{1,9}$/.test(seedText) ? Number(seedText) : 1;
    return { name: screen as 'brief' | 'play' | 'debrief', id, seed };
  }
  return { name: 'not-found', path };
}

export function formatRoute(route: Route): string {
  if (route.name === 'picker' || route.name === 'not-found') return '#/';
  return `#/${route.name}/${route.id}?seed=${route.seed}`;
}

export function navigate(route: Route, options: { replace?: boolean } = {}): void {
  const hash = formatRoute(route);
  if (options.replace) window.history.replaceState(null, '', hash);
  else window.history.pushState(null, '', hash);
  // pushState does not fire hashchange; tell the subscribers ourselves.
  window.dispatchEvent(new HashChangeEvent('hashchange'));
}

const subscribe = (callback: () => void) => {
  window.addEventListener('hashchange', callback);
  return () => window.removeEventListener('hashchange', callback);
};

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseRoute(hash);
}

export const randomSeed = (): number => 1 + Math.floor(Math.random() * 99_999);

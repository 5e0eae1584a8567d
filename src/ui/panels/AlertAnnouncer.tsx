// Screen-reader announcements of new alerts, throttled: in a storm, one summary at most every few
// seconds instead of one announcement per alert.
import { useEffect, useRef, useState } from 'react';
import type { Alert } from '../../engine';
import { useGameStore, useGameStoreApi } from '../../store';

export const ANNOUNCE_EVERY_MS = 3000;

/** "5 new alerts: 2 critical, 3 warning. Latest: CheckoutHighErrorRate on checkout." */
export function summarise(fresh: readonly Alert[]): string {
  const counts = { critical: 0, warning: 0, info: 0 };
  for (const a of fresh) counts[a.labels.severity] += 1;
  const parts = (['critical', 'warning', 'info'] as const).filter((s) => counts[s] > 0).map((s) => `${counts[s]} ${s}`);
  const latest = fresh[fresh.length - 1]!;
  const noun = fresh.length === 1 ? 'new alert' : 'new alerts';
  return `${fresh.length} ${noun}: ${parts.join(', ')}. Latest: ${latest.alertname} on ${latest.labels.service}.`;
}

export function AlertAnnouncer() {
  const api = useGameStoreApi();
  const count = useGameStore((s) => s.game.alerts.length);
  const [message, setMessage] = useState('');
  // Alerts already present when the war room opened are on screen; only later ones are news.
  const announcedUpTo = useRef<number | null>(null);
  const lastAt = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(() => {
    if (announcedUpTo.current === null) announcedUpTo.current = count;
    if (count <= announcedUpTo.current || timer.current) return;
    const announce = () => {
      timer.current = null;
      const list = api.getState().game.alerts;
      const fresh = list.slice(announcedUpTo.current ?? list.length).filter((a) => a.status === 'firing');
      announcedUpTo.current = list.length;
      lastAt.current = Date.now();
      if (fresh.length > 0) setMessage(summarise(fresh));
    };
    timer.current = setTimeout(announce, Math.max(0, lastAt.current + ANNOUNCE_EVERY_MS - Date.now()));
  }, [api, count]);

  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );

  return (
    <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true" aria-label="Alert announcements">
      {message}
    </div>
  );
}

// Game time is whole seconds since the drill began.

/** World metrics, alerts and people are updated on this grid (seconds). */
export const WORLD_TICK = 5;
/** Metric samples for charts and the debrief are kept on this grid (seconds). */
export const SAMPLE_EVERY = 30;

/** "23:40" (minutes:seconds) or "1:02:05" past an hour: how the game clock reads. */
export function formatClock(seconds: number): string {
  const whole = Math.max(0, Math.floor(seconds));
  const h = Math.floor(whole / 3600);
  const m = Math.floor((whole % 3600) / 60);
  const s = whole % 60;
  const mm = String(m).padStart(2, '0');
  const ss = String(s).padStart(2, '0');
  return h > 0 ? `${h}:${mm}:${ss}` : `${mm}:${ss}`;
}

export const minutes = (m: number): number => Math.round(m * 60);

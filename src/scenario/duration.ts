// Durations in scenario files read like "90s", "5m", "1h30m" (or a bare number of seconds).

const DURATION_PATTERN = /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$/;

/** Seconds for a duration such as "1h30m", "5m", "45s" or 90; null when it is not one. */
export function parseDuration(value: unknown): number | null {
  if (typeof value === 'number') {
    return Number.isSafeInteger(value) && value >= 0 ? Math.abs(value) : null; // abs: -0 becomes 0
  }
  if (typeof value !== 'string') return null;
  const text = value.trim();
  if (text === '') return null;
  const match = DURATION_PATTERN.exec(text);
  if (!match) return null;
  const [, hours, minutes, seconds] = match;
  if (hours === undefined && minutes === undefined && seconds === undefined) return null;
  const total = Number(hours ?? 0) * 3600 + Number(minutes ?? 0) * 60 + Number(seconds ?? 0);
  // Digits beyond what a double holds exactly are a typo, not a drill length.
  return Number.isSafeInteger(total) ? total : null;
}

/** The reverse of parseDuration, for templates and messages: 5400 -> "1h30m". */
export function formatDuration(totalSeconds: number): string {
  const whole = Math.max(0, Math.round(totalSeconds));
  const hours = Math.floor(whole / 3600);
  const minutes = Math.floor((whole % 3600) / 60);
  const seconds = whole % 60;
  const parts = [hours ? `${hours}h` : '', minutes ? `${minutes}m` : '', seconds ? `${seconds}s` : ''];
  return parts.join('') || '0s';
}

// Small decorative icons. Meaning is always carried by the text beside them, never by colour or shape alone.
import type { ServiceMetrics } from '../engine';

type Severity = 'critical' | 'warning' | 'info';

export function SeverityIcon({ severity }: { severity: Severity }) {
  return (
    <svg className={`icon icon--${severity}`} viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      {severity === 'critical' ? (
        <path d="M8 1.5 15 14.5H1z M7.2 6h1.6v4.2H7.2z M7.2 11.3h1.6v1.6H7.2z" fillRule="evenodd" />
      ) : severity === 'warning' ? (
        <path d="M8 1 15 8 8 15 1 8z M7.2 4.5h1.6v4.4H7.2z M7.2 10h1.6v1.6H7.2z" fillRule="evenodd" />
      ) : (
        <path d="M8 1a7 7 0 1 1 0 14A7 7 0 0 1 8 1z M7.2 7h1.6v5H7.2z M7.2 4h1.6v1.6H7.2z" fillRule="evenodd" />
      )}
    </svg>
  );
}

export const SEVERITY_TITLES: Record<Severity, string> = { critical: 'Critical', warning: 'Warning', info: 'Info' };

export function HealthIcon({ health }: { health: ServiceMetrics['health'] }) {
  return (
    <svg className={`icon icon--health-${health}`} viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      {health === 'ok' ? (
        <path d="M6.5 11.2 3.3 8l-1.1 1.1 4.3 4.3 8-8-1.1-1.1z" />
      ) : health === 'degraded' ? (
        <path d="M8 1.5 15 14.5H1z M7.2 6h1.6v4.2H7.2z M7.2 11.3h1.6v1.6H7.2z" fillRule="evenodd" />
      ) : (
        <path d="M3.4 2.3 8 6.9l4.6-4.6 1.1 1.1L9.1 8l4.6 4.6-1.1 1.1L8 9.1l-4.6 4.6-1.1-1.1L6.9 8 2.3 3.4z" />
      )}
    </svg>
  );
}

export const HEALTH_TITLES: Record<ServiceMetrics['health'], string> = { ok: 'Healthy', degraded: 'Degraded', down: 'Down' };

/** A stopwatch for a running timer, drawn (not an emoji: not every machine has an emoji font). */
export function TimerIcon() {
  return (
    <svg className="icon icon--timer" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      <path d="M6 0.8h4v1.4H6z M8 3a6 6 0 1 1 0 12A6 6 0 0 1 8 3z m0 1.5a4.5 4.5 0 1 0 0 9 4.5 4.5 0 0 0 0-9z M7.3 6h1.4v3.3H7.3z" fillRule="evenodd" />
    </svg>
  );
}

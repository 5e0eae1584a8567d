import { defineAction, reject } from './definition';

export const MIN_SILENCE = 60;
export const MAX_SILENCE = 24 * 3600;

/** Silence an alert for a while; silencing the one that points at the cause is scored. */
export const silenceAlert = defineAction({
  type: 'alert/silenced',
  title: 'Silence alert',
  category: 'alerts',
  handsOn: false,
  isAvailable: (state) => state.alerts.some((a) => a.status === 'firing'),
  check(state, action) {
    const alert = state.alerts[action.alert];
    if (!alert) return reject('unknown-alert', `There is no alert #${action.alert}.`);
    if (action.seconds < MIN_SILENCE || action.seconds > MAX_SILENCE) return reject('invalid-payload', 'Silence for between 1 minute and 24 hours.');
    if (alert.silencedUntil !== null && alert.silencedUntil > state.time) return reject('not-available', `${alert.alertname} is already silenced.`);
    return null;
  },
  apply(tx, action) {
    const alerts = tx.own('alerts');
    const alert = alerts[action.alert]!;
    alerts[action.alert] = { ...alert, silencedUntil: tx.now + action.seconds };
  },
  options: (state) => {
    const out: { type: 'alert/silenced'; alert: number; seconds: number }[] = [];
    for (let i = state.alerts.length - 1; i >= 0 && out.length < 3; i--) {
      const a = state.alerts[i]!;
      if (a.status === 'firing' && (a.silencedUntil === null || a.silencedUntil <= state.time)) out.push({ type: 'alert/silenced', alert: a.id, seconds: 3600 });
    }
    return out;
  },
});

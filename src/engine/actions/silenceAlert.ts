import type { Alert, GameState } from '../types';
import { targetsOf } from './alertGroup';
import { defineAction, reject } from './definition';

export const MIN_SILENCE = 60;
export const MAX_SILENCE = 24 * 3600;

const silenceable = (state: GameState) => (alert: Alert) => alert.silencedUntil === null || alert.silencedUntil <= state.time;

/** Silence an alert for a while, or with `group` every one in its group; silencing the one that points at the cause is scored. */
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
    if (targetsOf(state, alert, action.group, silenceable(state)).length === 0) return reject('not-available', `${alert.alertname} is already silenced.`);
    return null;
  },
  apply(tx, action) {
    const anchor = tx.s.alerts[action.alert]!;
    const targets = targetsOf(tx.s, anchor, action.group, silenceable(tx.s));
    const alerts = tx.own('alerts');
    for (const id of targets) alerts[id] = { ...alerts[id]!, silencedUntil: tx.now + action.seconds };
  },
  options: (state) => {
    const out: { type: 'alert/silenced'; alert: number; seconds: number }[] = [];
    for (let i = state.alerts.length - 1; i >= 0 && out.length < 3; i--) {
      const a = state.alerts[i]!;
      if (a.status === 'firing' && silenceable(state)(a)) out.push({ type: 'alert/silenced', alert: a.id, seconds: 3600 });
    }
    return out;
  },
});

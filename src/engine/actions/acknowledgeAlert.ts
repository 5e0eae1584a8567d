import type { Alert } from '../types';
import { targetsOf } from './alertGroup';
import { defineAction, reject } from './definition';

const needsAck = (alert: Alert) => alert.status === 'firing' && alert.ackedAt === null;

/** Acknowledge a firing alert, or with `group` every unacknowledged one in its group: "someone has this". */
export const acknowledgeAlert = defineAction({
  type: 'alert/acknowledged',
  title: 'Acknowledge alert',
  category: 'alerts',
  handsOn: false,
  isAvailable: (state) => state.alerts.some(needsAck),
  check(state, action) {
    const alert = state.alerts[action.alert];
    if (!alert) return reject('unknown-alert', `There is no alert #${action.alert}.`);
    if (targetsOf(state, alert, action.group, needsAck).length > 0) return null;
    if (alert.status !== 'firing') return reject('not-available', `${alert.alertname} is not firing.`);
    return reject('not-available', `${alert.alertname} is already acknowledged.`);
  },
  apply(tx, action, actor) {
    const anchor = tx.s.alerts[action.alert]!;
    const targets = targetsOf(tx.s, anchor, action.group, needsAck);
    const alerts = tx.own('alerts');
    for (const id of targets) alerts[id] = { ...alerts[id]!, ackedAt: tx.now, ackedBy: actor };
  },
  // The newest few are enough for bots and the palette; the alert list offers the rest.
  options: (state) => {
    const out: { type: 'alert/acknowledged'; alert: number }[] = [];
    for (let i = state.alerts.length - 1; i >= 0 && out.length < 5; i--) {
      const a = state.alerts[i]!;
      if (needsAck(a)) out.push({ type: 'alert/acknowledged', alert: a.id });
    }
    return out;
  },
});

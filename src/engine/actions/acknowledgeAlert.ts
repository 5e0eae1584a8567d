import { defineAction, reject } from './definition';

/** Acknowledge a firing alert: "someone has this". */
export const acknowledgeAlert = defineAction({
  type: 'alert/acknowledged',
  title: 'Acknowledge alert',
  category: 'alerts',
  handsOn: false,
  isAvailable: (state) => state.alerts.some((a) => a.status === 'firing' && a.ackedAt === null),
  check(state, action) {
    const alert = state.alerts[action.alert];
    if (!alert) return reject('unknown-alert', `There is no alert #${action.alert}.`);
    if (alert.status !== 'firing') return reject('not-available', `${alert.alertname} is not firing.`);
    if (alert.ackedAt !== null) return reject('not-available', `${alert.alertname} is already acknowledged.`);
    return null;
  },
  apply(tx, action, actor) {
    const alerts = tx.own('alerts');
    const alert = alerts[action.alert]!;
    alerts[action.alert] = { ...alert, ackedAt: tx.now, ackedBy: actor };
  },
  // The newest few are enough for bots and the palette; the alert list offers the rest.
  options: (state) => {
    const out: { type: 'alert/acknowledged'; alert: number }[] = [];
    for (let i = state.alerts.length - 1; i >= 0 && out.length < 5; i--) {
      const a = state.alerts[i]!;
      if (a.status === 'firing' && a.ackedAt === null) out.push({ type: 'alert/acknowledged', alert: a.id });
    }
    return out;
  },
});

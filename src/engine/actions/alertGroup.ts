// Alerts that share a name and a service form one group in the alert list; acting on the group is
// one action, not one per alert (a storm's group holds hundreds).
import type { Alert, GameState } from '../types';

export const sameGroup = (a: Alert, b: Alert): boolean => a.alertname === b.alertname && a.labels.service === b.labels.service;

/** Ids of the alerts an action covers: the one named, or with `group`, every one in its group that qualifies. */
export function targetsOf(state: GameState, anchor: Alert, group: boolean | undefined, qualifies: (alert: Alert) => boolean): number[] {
  if (!group) return qualifies(anchor) ? [anchor.id] : [];
  const ids: number[] = [];
  for (const alert of state.alerts) if (sameGroup(alert, anchor) && qualifies(alert)) ids.push(alert.id);
  return ids;
}

// @vitest-environment node
// Pure grouping over engine states: no DOM needed.
import { describe, expect, it } from 'vitest';
import { attempt, type GameState } from '../../src/engine';
import { cachedAlertGroups, groupAlerts } from '../../src/ui/panels/alertGroups';
import { loadScenario, loadScenarios } from '../helpers/scenarios';
import { randomWalk } from '../helpers/walk';

const acted = (state: GameState, action: Parameters<typeof attempt>[1]): GameState => {
  const result = attempt(state, action);
  if (result.rejection) throw new Error(result.rejection.message);
  return result.state;
};

describe('groupAlerts', () => {
  it('puts firing groups first, the most severe first among them, and counts what is unacknowledged', () => {
    const states = randomWalk(loadScenario('checkout-bad-deploy'), 1, { steps: 40, keepRunning: true });
    const state = states.at(-1)!;
    const groups = groupAlerts(state.alerts, state.time);
    expect(groups.reduce((n, g) => n + g.count, 0)).toBe(state.alerts.length);
    const firing = groups.filter((g) => g.firing > 0);
    expect(groups.slice(0, firing.length)).toEqual(firing);
    // Within a severity, the group that appeared last comes first.
    for (let i = 1; i < firing.length; i++) {
      if (firing[i]!.severity === firing[i - 1]!.severity) expect(firing[i]!.firstAlert).toBeLessThan(firing[i - 1]!.firstAlert);
    }
    for (const g of groups) {
      expect(g.unacked.every((id) => state.alerts[id]!.status === 'firing' && state.alerts[id]!.ackedAt === null)).toBe(true);
      expect(g.firing).toBe(state.alerts.filter((a) => a.status === 'firing' && a.alertname === g.alertname && a.labels.service === g.service).length);
    }
  });
});

describe('cachedAlertGroups', () => {
  it('keeps up with every step of random play on every scenario, exactly as grouping from scratch', () => {
    for (const scenario of loadScenarios().values()) {
      for (const seed of [1, 2]) {
        for (const state of randomWalk(scenario, seed, { steps: 80, keepRunning: true })) {
          expect(cachedAlertGroups(state.alerts, state.time)).toEqual(groupAlerts(state.alerts, state.time));
        }
      }
    }
  });

  it('keeps a group in its place while it fires again', () => {
    const walk = randomWalk(loadScenario('checkout-bad-deploy'), 5, { steps: 60, keepRunning: true });
    let before = cachedAlertGroups(walk[0]!.alerts, walk[0]!.time).map((g) => g.key);
    for (const state of walk.slice(1)) {
      const after = cachedAlertGroups(state.alerts, state.time);
      // Groups that were firing and still are keep their relative order.
      const steady = after.filter((g) => g.firing > 0 && before.includes(g.key)).map((g) => g.key);
      expect(steady).toEqual(before.filter((key) => steady.includes(key)));
      before = after.filter((g) => g.firing > 0).map((g) => g.key);
    }
  });

  it('gives the same array back for the same list, and keeps the identity of groups no alert changed in', () => {
    let state = randomWalk(loadScenario('checkout-bad-deploy'), 3, { steps: 30, keepRunning: true }).at(-1)!;
    const before = cachedAlertGroups(state.alerts, state.time);
    expect(cachedAlertGroups(state.alerts, state.time)).toBe(before);
    const target = before.find((g) => g.unacked.length > 0);
    if (!target) throw new Error('the walk left no alert to acknowledge');
    state = acted(state, { type: 'alert/acknowledged', alert: target.unacked[0]!, group: true });
    const after = cachedAlertGroups(state.alerts, state.time);
    for (const group of after) {
      const old = before.find((g) => g.key === group.key)!;
      if (group.key === target.key) expect(group).not.toBe(old);
      else expect(group).toBe(old);
    }
    expect(after.find((g) => g.key === target.key)!.unacked).toEqual([]);
  });

  it('regroups from scratch when a silence runs out, or when the list belongs to another game', () => {
    const walk = randomWalk(loadScenario('checkout-bad-deploy'), 4, { steps: 30, keepRunning: true });
    let state = walk.at(-1)!;
    const group = cachedAlertGroups(state.alerts, state.time).find((g) => g.unsilenced.length > 0);
    if (!group) throw new Error('the walk left no alert to silence');
    state = acted(state, { type: 'alert/silenced', alert: group.unsilenced[0]!, seconds: 600, group: true });
    expect(cachedAlertGroups(state.alerts, state.time).find((g) => g.key === group.key)!.silencedUntil).toBe(state.time + 600);
    state = acted(state, { type: 'clock/advanced', seconds: 601 });
    expect(cachedAlertGroups(state.alerts, state.time)).toEqual(groupAlerts(state.alerts, state.time));
    expect(cachedAlertGroups(state.alerts, state.time).find((g) => g.key === group.key)!.silencedUntil).toBeNull();

    const other = randomWalk(loadScenario('db-pool-exhaustion'), 4, { steps: 30, keepRunning: true }).at(-1)!;
    expect(cachedAlertGroups(other.alerts, other.time)).toEqual(groupAlerts(other.alerts, other.time));
    const earlier = walk[10]!;
    expect(cachedAlertGroups(earlier.alerts, earlier.time)).toEqual(groupAlerts(earlier.alerts, earlier.time));
  });
});

// Faults that lock responders out of their own tools: looks come back blocked, pages are slower.
import { describe, expect, it } from 'vitest';
import { attempt, createGame, type GameState } from '../../src/engine';
import type { Scenario } from '../../src/scenario/schema';
import { advanceTo, small } from '../helpers/play';

/** The small drill, where the bad release also takes out logs and dashboards and slows pages by 5m. */
function lockedScenario(): Scenario {
  const base = small();
  return { ...base, faults: base.faults.map((f) => (f.id === 'bad-release' ? { ...f, locksOut: { sources: ['logs', 'deploys'], pageDelay: 300 } } : f)) };
}

function act(state: GameState, action: Parameters<typeof attempt>[1]): GameState {
  const result = attempt(state, action);
  expect(result.rejection).toBeNull();
  return result.state;
}

describe('locked out of the tools', () => {
  it('blocks looks at the locked sources while the fault acts, and reports it', () => {
    let s = advanceTo(createGame(lockedScenario(), { seed: 1 }), 180);
    s = act(s, { type: 'task/delegated', to: 'rita', work: { kind: 'investigate', source: 'deploys', service: 'shop' }, timebox: 600 });
    s = advanceTo(s, 600);
    expect(s.investigations[0]).toMatchObject({ blocked: true, clues: [], done: true });
    expect(s.cluesFound).toEqual([]);
    expect(s.messages.some((m) => m.from === 'rita' && m.text.startsWith('Could not get into the deploys for shop'))).toBe(true);
  });

  it('lets looks at other sources through, and locked ones once the fault is contained', () => {
    let s = advanceTo(createGame(lockedScenario(), { seed: 1 }), 180);
    s = act(s, { type: 'mitigation/applied', mitigation: 'rollback-shop' });
    s = advanceTo(s, 400);
    expect(s.mitigatedAt).not.toBeNull();
    s = act(s, { type: 'investigation/started', source: 'deploys', service: 'shop' });
    s = advanceTo(s, 500);
    expect(s.investigations[0]).toMatchObject({ done: true, clues: ['shop-deploys'] });
    expect(s.investigations[0]?.blocked).toBeUndefined();
  });

  it('slows pages by the fault’s page delay while it acts', () => {
    const plain = act(advanceTo(createGame(small(), { seed: 1 }), 180), { type: 'page/sent', to: 'omar' });
    const locked = act(advanceTo(createGame(lockedScenario(), { seed: 1 }), 180), { type: 'page/sent', to: 'omar' });
    expect(advanceTo(plain, 180 + 61).people.omar?.ackedAt).toBe(240);
    const later = advanceTo(locked, 180 + 61);
    expect(later.people.omar?.ackedAt).toBeNull();
    expect(advanceTo(later, 180 + 361).people.omar?.ackedAt).toBe(540);
  });
});

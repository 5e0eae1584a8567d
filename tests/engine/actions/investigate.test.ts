import { describe, expect, it } from 'vitest';
import { investigate } from '../../../src/engine/actions/investigate';
import { INVESTIGATION_COST, PLAYER_ID } from '../../../src/engine';
import { INVESTIGATION_SOURCES } from '../../../src/scenario/schema';
import { drill } from '../../helpers/drill';
import { walkStates } from '../../helpers/options';
import { checkout, makeScenario } from '../../helpers/scenarios';
import { expectOptionsAccepted } from '../../helpers/walk';

describe('investigation/started', () => {
  it('costs game time, keeps the player busy, then reveals the clues of that look', () => {
    const d = drill(checkout()).at('2m').investigate('deploys', 'checkout');
    expect(d.state.investigations).toEqual([{ by: PLAYER_ID, source: 'deploys', service: 'checkout', startedAt: 120, doneAt: 180, clues: [], done: false }]);
    expect(d.state.people[PLAYER_ID]?.busyUntil).toBe(180);
    d.at('3m');
    expect(d.state.investigations[0]).toMatchObject({ done: true, clues: ['deploy-history'] });
    expect(d.state.cluesFound).toEqual(['deploy-history']);
  });

  it('costs what INVESTIGATION_COST says for each source', () => {
    for (const source of INVESTIGATION_SOURCES) {
      const d = drill(checkout()).investigate(source, 'checkout');
      expect(d.state.investigations[0]!.doneAt).toBe(INVESTIGATION_COST[source]);
    }
  });

  it('finds nothing where the scenario hid nothing', () => {
    const d = drill(checkout()).investigate('logs', 'catalog').advance('5m');
    expect(d.state.investigations[0]).toMatchObject({ done: true, clues: [] });
    expect(d.state.cluesFound).toEqual([]);
  });

  it('finds a clue only once it exists (its `from`)', () => {
    const scenario = makeScenario({ clues: [{ id: 'late-log', source: 'logs', service: 'api', text: 'The error shows up in logs from 5m.', from: '5m' }] });
    const early = drill(scenario).at('1m').investigate('logs', 'api').advance('5m');
    expect(early.state.cluesFound).toEqual([]);
    const late = drill(scenario).at('5m').investigate('logs', 'api').advance('5m');
    expect(late.state.cluesFound).toEqual(['late-log']);
  });

  it('counts a clue once however often it is found', () => {
    const d = drill(checkout()).investigate('deploys', 'checkout').advance('1m').investigate('deploys', 'checkout').advance('1m');
    expect(d.state.investigations.map((i) => i.clues)).toEqual([['deploy-history'], ['deploy-history']]);
    expect(d.state.cluesFound).toEqual(['deploy-history']);
  });

  it('refuses an unknown service, an unknown source, and a player still busy', () => {
    const d = drill(checkout());
    d.expectRejected('unknown-service').investigate('logs', 'mainframe');
    d.expectRejected('invalid-payload').investigate('tea-leaves' as never, 'checkout');
    d.investigate('logs', 'checkout').advance('2m');
    d.expectRejected('busy').investigate('deploys', 'checkout');
    d.advance('1m').investigate('deploys', 'checkout');
  });

  it('options() offers every source on every service, none while busy', () => {
    const d = drill(checkout());
    expect(investigate.options(d.state, PLAYER_ID)).toHaveLength(checkout().services.length * INVESTIGATION_SOURCES.length);
    d.investigate('traces', 'checkout');
    expect(investigate.options(d.state, PLAYER_ID)).toEqual([]);
    expect(investigate.isAvailable(d.state, PLAYER_ID)).toBe(false);
    expect(expectOptionsAccepted(investigate, [...walkStates(), d.state])).toBeGreaterThan(0);
  });
});

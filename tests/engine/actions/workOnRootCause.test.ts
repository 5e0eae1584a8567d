import { describe, expect, it } from 'vitest';
import { workOnRootCause } from '../../../src/engine/actions/workOnRootCause';
import { PLAYER_ID } from '../../../src/engine';
import { drill } from '../../helpers/drill';
import { walkStates } from '../../helpers/options';
import { checkout, makeScenario } from '../../helpers/scenarios';
import { expectOptionsAccepted } from '../../helpers/walk';

// The checkout scenario's repair: deep dive 12m, patch 20m, hotfix 8m.
describe('rootCause/worked', () => {
  it('a deep dive keeps the player busy and turns up the code-level clues', () => {
    const d = drill(checkout()).at('2m').rootCause('deep-dive', 'checkout');
    expect(d.state.rootCause).toEqual([{ step: 'deep-dive', service: 'checkout', by: PLAYER_ID, startedAt: 120, doneAt: 840, done: false }]);
    expect(d.state.people[PLAYER_ID]?.busyUntil).toBe(840);
    d.at('14m');
    expect(d.state.rootCause[0]).toMatchObject({ done: true, clues: ['serializer-diff'] });
    expect(d.state.cluesFound).toEqual(['serializer-diff']);
  });

  it('goes deep dive, then patch, then hotfix, each after the one before', () => {
    const d = drill(checkout());
    d.expectRejected('not-available').rootCause('write-patch', 'checkout');
    expect(d.lastRejection?.message).toMatch(/needs a finished deep dive/);
    d.expectRejected('not-available').rootCause('deploy-hotfix', 'checkout');
    d.rootCause('deep-dive', 'checkout').advance('12m').rootCause('write-patch', 'checkout');
    d.expectRejected('not-available').rootCause('write-patch', 'checkout'); // already under way
    expect(d.lastRejection?.message).toMatch(/already under way/);
    d.advance('20m').rootCause('deploy-hotfix', 'checkout');
    expect(d.state.rootCause.map((w) => [w.step, w.startedAt, w.doneAt])).toEqual([
      ['deep-dive', 0, 720],
      ['write-patch', 720, 1920],
      ['deploy-hotfix', 1920, 2400],
    ]);
  });

  it('a deep dive finds only the clues that exist when it starts', () => {
    const scenario = makeScenario({ clues: [{ id: 'diff', source: 'deep-dive', service: 'api', text: 'The diff is to blame.', from: '10m' }] });
    expect(drill(scenario).at('1m').rootCause('deep-dive', 'api').advance('16m').state.cluesFound).toEqual([]);
    expect(drill(scenario).at('10m').rootCause('deep-dive', 'api').advance('16m').state.cluesFound).toEqual(['diff']);
  });

  it('uses default durations when the scenario names no repair', () => {
    const scenario = makeScenario();
    expect(drill(scenario).rootCause('deep-dive', 'api').state.rootCause[0]?.doneAt).toBe(900);
  });

  it('refuses an unknown service and a busy player', () => {
    const d = drill(checkout());
    d.expectRejected('unknown-service').rootCause('deep-dive', 'mainframe');
    d.expectRejected('invalid-payload').rootCause('pray' as never, 'checkout');
    d.investigate('logs', 'checkout').expectRejected('busy').rootCause('deep-dive', 'checkout');
  });

  it('options() offers the next step on each service, none while busy', () => {
    const d = drill(checkout());
    const first = workOnRootCause.options(d.state, PLAYER_ID);
    expect(new Set(first.map((o) => o.step))).toEqual(new Set(['deep-dive']));
    d.rootCause('deep-dive', 'checkout');
    expect(workOnRootCause.options(d.state, PLAYER_ID)).toEqual([]);
    d.advance('12m');
    expect(workOnRootCause.options(d.state, PLAYER_ID)).toContainEqual({ type: 'rootCause/worked', step: 'write-patch', service: 'checkout' });
    expect(expectOptionsAccepted(workOnRootCause, [...walkStates(), d.state])).toBeGreaterThan(0);
  });
});

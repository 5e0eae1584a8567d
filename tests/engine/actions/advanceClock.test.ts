import { describe, expect, it } from 'vitest';
import { advanceClock, MAX_ADVANCE } from '../../../src/engine/actions/advanceClock';
import { PLAYER_ID, SAMPLE_EVERY } from '../../../src/engine';
import { drill } from '../../helpers/drill';
import { walkStates } from '../../helpers/options';
import { checkout, makeScenario } from '../../helpers/scenarios';
import { expectOptionsAccepted } from '../../helpers/walk';

describe('clock/advanced', () => {
  it('moves virtual time on by exactly the seconds asked', () => {
    const d = drill(checkout()).advance(7);
    expect(d.time).toBe(7);
    d.advance(MAX_ADVANCE);
    expect(d.time).toBe(7 + MAX_ADVANCE > checkout().duration ? checkout().duration : 7 + MAX_ADVANCE);
  });

  it('moves the world on the way: samples, injects and scheduled replies at their own times', () => {
    const d = drill(checkout()).page('maya').advance('10m');
    expect(d.state.history.map((h) => h.at)).toEqual(Array.from({ length: 21 }, (_, i) => i * SAMPLE_EVERY));
    expect(d.findMessages({ from: 'sam', text: 'Support queue is spiking' })[0]?.at).toBe(240);
    expect(d.state.people.maya?.ackedAt).toBe(120);
  });

  it('stops at the end of the drill and ends it', () => {
    const d = drill(checkout()).at('59m').advance('10m');
    expect(d.state).toMatchObject({ time: 3600, phase: 'ended', endReason: 'time-up' });
    d.expectRejected('game-over').advance(10);
  });

  it('refuses anything but 1 to 3600 whole seconds', () => {
    const d = drill(checkout());
    for (const seconds of [0, -5, 1.5, MAX_ADVANCE + 1]) d.expectRejected('invalid-payload').do({ type: 'clock/advanced', seconds });
    for (const seconds of [Number.NaN, Number.POSITIVE_INFINITY, '60']) d.expectRejected('invalid-payload').do({ type: 'clock/advanced', seconds: seconds as number });
    d.expectRejected('invalid-payload').do({ type: 'clock/advanced' } as never);
    expect(d.time).toBe(0);
  });

  it('handles events due right now without ticking the world twice at one time', () => {
    // Zero delays (a mitigation, a person's answer) schedule events at the current time.
    const scenario = makeScenario({
      mitigations: [{ id: 'rollback-api', kind: 'rollback', service: 'api', label: 'Roll back the API', delay: 0, fixes: ['api-bug'] }],
      people: [{ id: 'ana', name: 'Ana Lima', handle: 'ana', role: 'responder', title: 'API on-call', team: 'core', behaviour: { ackDelay: 0 } }],
    });
    const d = drill(scenario).at('2m').mitigate('rollback-api').page('ana');
    const rngBefore = d.state.rng;
    d.advance(5);
    expect(d.state.mitigatedAt).toBe(120);
    expect(d.state.people.ana?.ackedAt).toBe(120);
    d.advance('5m');
    const times = d.state.history.map((h) => h.at);
    expect(times).toEqual([...new Set(times)]);
    // One world tick (at 125s) drew noise for the metrics, not two.
    const single = drill(scenario).at('2m').mitigate('rollback-api').page('ana').state;
    expect(single.rng).toBe(rngBefore);
  });

  it('injects due at 0s are part of the first state, before any advance', () => {
    const scenario = makeScenario({
      people: [...makeScenario().people, { id: 'sol', name: 'Sol', handle: 'sol', role: 'support', title: 'Support', team: 'support' }],
      timeline: [{ type: 'message', at: 0, from: 'sol', text: 'Pager went off, anyone on it?' }],
    });
    const d = drill(scenario);
    expect(d.messages).toMatchObject([{ at: 0, from: 'sol', kind: 'question', text: 'Pager went off, anyone on it?' }]);
    expect(d.state.injectsFired).toEqual([0]);
    expect(d.state.queue).toEqual([]);
    expect(d.state.history.map((h) => h.at)).toEqual([0]);
    d.advance(30);
    expect(d.state.history.map((h) => h.at)).toEqual([0, 30]);
    expect(d.messages).toHaveLength(1);
  });

  it('options() offers a few sensible steps', () => {
    expect(advanceClock.options(drill(checkout()).state, PLAYER_ID).map((o) => o.seconds)).toEqual([10, 30, 60, 300]);
    expect(expectOptionsAccepted(advanceClock, walkStates())).toBeGreaterThan(0);
  });
});

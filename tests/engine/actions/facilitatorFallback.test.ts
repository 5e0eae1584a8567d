import { describe, expect, it } from 'vitest';
import { FACILITATOR_ID } from '../../../src/engine';
import { drill } from '../../helpers/drill';
import { checkout } from '../../helpers/scenarios';

const by = FACILITATOR_ID;
const nudge = { kind: 'message' as const, from: 'dev', place: 'main' as const, text: 'Who is leading this?' };

describe('facilitator/fallbackArmed', () => {
  it('fires once when its condition holds (no commander by 10 minutes)', () => {
    const d = drill(checkout()).do({ type: 'facilitator/fallbackArmed', by, inject: nudge, when: { kind: 'no-commander', for: 600 } });
    expect(d.state.fallbacks).toEqual([{ inject: nudge, when: { kind: 'no-commander', for: 600 }, armedAt: 0, firedAt: null }]);
    d.advance('9m');
    expect(d.findMessages({ text: 'Who is leading this?' })).toHaveLength(0);
    d.advance('2m');
    expect(d.findMessages({ from: 'dev', text: 'Who is leading this?' })).toHaveLength(1);
    expect(d.state.fallbacks[0]?.firedAt).toBe(600);
    d.advance('10m');
    expect(d.findMessages({ text: 'Who is leading this?' })).toHaveLength(1);
  });

  it('stays quiet when the expected action happened in time', () => {
    const d = drill(checkout()).do({ type: 'facilitator/fallbackArmed', by, inject: nudge, when: { kind: 'no-commander', for: 600 } }).at('3m').claimCommand().advance('20m');
    expect(d.findMessages({ text: 'Who is leading this?' })).toHaveLength(0);
    expect(d.state.fallbacks[0]?.firedAt).toBeNull();
  });

  it('refuses a condition naming an unknown mitigation or person, or an inject that cannot happen', () => {
    const d = drill(checkout());
    d.expectRejected('unknown-mitigation').do({ type: 'facilitator/fallbackArmed', by, inject: nudge, when: { kind: 'mitigation-applied', for: 0, mitigation: 'pray' } });
    d.expectRejected('unknown-person').do({ type: 'facilitator/fallbackArmed', by, inject: nudge, when: { kind: 'person-paged', for: 0 } });
    d.expectRejected('unknown-service').do({ type: 'facilitator/fallbackArmed', by, inject: { kind: 'alert', service: 'x', severity: 'info', alertname: 'A', summary: 'B' }, when: { kind: 'not-mitigated', for: 0 } });
    d.expectRejected('not-facilitator').do({ type: 'facilitator/fallbackArmed', inject: nudge, when: { kind: 'not-mitigated', for: 0 } });
  });
});

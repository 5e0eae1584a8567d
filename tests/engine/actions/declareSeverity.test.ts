import { describe, expect, it } from 'vitest';
import { declareSeverity } from '../../../src/engine/actions/declareSeverity';
import { DEFAULT_DOCTRINE } from '../../../src/doctrine/pack';
import { PLAYER_ID } from '../../../src/engine';
import { drill } from '../../helpers/drill';
import { walkStates } from '../../helpers/options';
import { checkout } from '../../helpers/scenarios';
import { expectOptionsAccepted } from '../../helpers/walk';

describe('severity/declared', () => {
  it('declares, raises and lowers the severity, announcing each change', () => {
    const d = drill(checkout()).at('3m').sev(2);
    expect(d.state.severity).toEqual({ level: 2, history: [{ at: 180, level: 2, by: PLAYER_ID }] });
    expect(d.messages.at(-1)).toMatchObject({ from: PLAYER_ID, kind: 'decision', place: 'main', text: 'Declaring SEV2 (major).' });
    d.at('5m').sev(1);
    expect(d.messages.at(-1)?.text).toBe('Raising to SEV1 (critical).');
    d.at('30m').sev(3);
    expect(d.messages.at(-1)?.text).toBe('Lowering to SEV3 (minor).');
    expect(d.state.severity.level).toBe(3);
    expect(d.state.severity.history.map((h) => [h.at, h.level])).toEqual([[180, 2], [300, 1], [1800, 3]]);
  });

  it('names levels from the doctrine pack in force', () => {
    const doctrine = structuredClone(DEFAULT_DOCTRINE);
    doctrine.severity.levels = doctrine.severity.levels.map((l) => (l.level === 1 ? { ...l, label: 'all hands' } : l));
    expect(drill(checkout(), { doctrine }).sev(1).messages.at(-1)?.text).toBe('Declaring SEV1 (all hands).');
  });

  it('refuses the level already in force', () => {
    const d = drill(checkout()).sev(1);
    d.expectRejected('not-available').sev(1);
    expect(d.state.severity.history).toHaveLength(1);
  });

  it('refuses levels outside 1 to 4', () => {
    const d = drill(checkout());
    for (const level of [0, 5, 1.5, -1]) d.expectRejected('invalid-payload').sev(level);
    d.expectRejected('invalid-payload').do({ type: 'severity/declared', level: '1' as never });
    expect(d.state.severity.level).toBeNull();
  });

  it('options() offers the other three levels', () => {
    const d = drill(checkout());
    expect(declareSeverity.options(d.state, PLAYER_ID).map((o) => o.level)).toEqual([1, 2, 3, 4]);
    d.sev(2);
    expect(declareSeverity.options(d.state, PLAYER_ID).map((o) => o.level)).toEqual([1, 3, 4]);
    expect(expectOptionsAccepted(declareSeverity, [...walkStates(), d.state])).toBeGreaterThan(0);
  });
});

import { describe, expect, it } from 'vitest';
import { markMitigated } from '../../../src/engine/actions/markMitigated';
import { PLAYER_ID } from '../../../src/engine';
import { drill } from '../../helpers/drill';
import { walkStates } from '../../helpers/options';
import { checkout } from '../../helpers/scenarios';
import { expectOptionsAccepted } from '../../helpers/walk';

describe('incident/mitigated', () => {
  it('records when the player said the bleeding stopped, apart from whether it did', () => {
    const d = drill(checkout()).at('5m').markMitigated();
    expect(d.state.declaredMitigatedAt).toBe(300);
    expect(d.messages.at(-1)).toMatchObject({ from: PLAYER_ID, kind: 'status', place: 'main', text: 'Impact is mitigated; monitoring before we resolve.' });
    // Saying so does not make it so: the world is still broken.
    d.expectNotMitigated();
    expect(d.state.impact).toBeGreaterThan(0.2);
  });

  it('is said once', () => {
    const d = drill(checkout()).markMitigated();
    d.expectRejected('not-available').markMitigated();
    expect(d.state.declaredMitigatedAt).toBe(0);
  });

  it('options() offers it until it is said', () => {
    const d = drill(checkout());
    expect(markMitigated.options(d.state, PLAYER_ID)).toEqual([{ type: 'incident/mitigated' }]);
    d.markMitigated();
    expect(markMitigated.options(d.state, PLAYER_ID)).toEqual([]);
    expect(markMitigated.isAvailable(d.state, PLAYER_ID)).toBe(false);
    expect(expectOptionsAccepted(markMitigated, walkStates())).toBeGreaterThan(0);
  });
});

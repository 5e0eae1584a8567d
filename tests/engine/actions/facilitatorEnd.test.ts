import { describe, expect, it } from 'vitest';
import { FACILITATOR_ID, replay } from '../../../src/engine';
import { buildDebrief } from '../../../src/scoring/debrief';
import { drill } from '../../helpers/drill';
import { checkout } from '../../helpers/scenarios';

describe('facilitator/ended', () => {
  it('ends the drill early, says so, and a debrief can be built', () => {
    const d = drill(checkout()).at('12m').claimCommand().do({ type: 'facilitator/ended', by: FACILITATOR_ID });
    d.expectPhase('ended');
    expect(d.state.endReason).toBe('ended-early');
    d.expectMessage({ from: FACILITATOR_ID, text: 'The facilitator ended the drill.' });
    expect(buildDebrief(d.state).outcome.endedAt).toBe(720);
    d.expectRejected('game-over').claimCommand();
  });

  it('replays like any other action', () => {
    const d = drill(checkout()).at('5m').do({ type: 'facilitator/ended', by: FACILITATOR_ID });
    const again = replay(d.state.scenario, d.state.seed, d.state.log);
    expect(again.ok && again.state.endReason).toBe('ended-early');
  });

  it('is refused to a player', () => {
    drill(checkout()).expectRejected('not-facilitator').do({ type: 'facilitator/ended' });
  });
});

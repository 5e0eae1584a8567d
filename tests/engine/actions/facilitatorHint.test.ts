import { describe, expect, it } from 'vitest';
import { FACILITATOR_ID } from '../../../src/engine';
import { scoreGame } from '../../../src/scoring';
import { drill } from '../../helpers/drill';
import { checkout } from '../../helpers/scenarios';

describe('facilitator/hinted', () => {
  it('shows a hint to one seat in the main channel, from the facilitator', () => {
    const d = drill(checkout(), { players: ['ic', 'ops'] }).do({ type: 'facilitator/hinted', by: FACILITATOR_ID, to: 'ops', text: 'Check the deploys.' });
    d.expectMessage({ from: FACILITATOR_ID, place: 'main', kind: 'chatter', text: 'Hint for the operations lead: Check the deploys.' });
    expect(d.messages.at(-1)?.mentions).toEqual(['ops']);
  });

  it('is addressed to a player only, and does not count as the players talking', () => {
    const d = drill(checkout(), { players: ['ic', 'ops'] });
    d.expectRejected('unknown-person').do({ type: 'facilitator/hinted', by: FACILITATOR_ID, to: 'maya', text: 'Hi' });
    const before = scoreGame(d.state).total;
    d.do({ type: 'facilitator/hinted', by: FACILITATOR_ID, to: 'ic', text: 'Claim command.' });
    expect(scoreGame(d.state).total).toBe(before);
  });
});

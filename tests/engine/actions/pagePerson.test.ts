import { describe, expect, it } from 'vitest';
import { pagePerson } from '../../../src/engine/actions/pagePerson';
import { PLAYER_ID } from '../../../src/engine';
import { drill } from '../../helpers/drill';
import { walkStates } from '../../helpers/options';
import { checkout } from '../../helpers/scenarios';
import { expectOptionsAccepted } from '../../helpers/walk';

describe('page/sent', () => {
  it('pages someone, who answers after their ack delay and joins the channel', () => {
    const d = drill(checkout()).at('1m').page('maya');
    expect(d.state.people.maya).toMatchObject({ present: false, pagedAt: 60, pagedBy: PLAYER_ID, ackedAt: null, escalatedAt: null });
    expect(d.state.firstPageAt).toBe(60);
    d.at('2m55s');
    expect(d.state.people.maya?.present).toBe(false);
    d.at('3m');
    expect(d.state.people.maya).toMatchObject({ present: true, ackedAt: 180 });
    expect(d.findMessages({ from: 'maya' })).toMatchObject([{ at: 180, kind: 'ack', place: 'main', text: 'Maya Okafor here (Checkout on-call), joining. Who is running this?' }]);
  });

  it('the person who joins turns to the commander', () => {
    drill(checkout()).claimCommand().page('maya').advance('2m').expectMessage({ from: 'maya', text: 'joining. What do you need from me?' });
  });

  it('keeps the time of the first page', () => {
    const d = drill(checkout()).at('1m').page('maya').at('5m').page('dev');
    expect(d.state.firstPageAt).toBe(60);
  });

  it('pages managers, executives and vendors too', () => {
    const d = drill(checkout()).page('dev').page('priya');
    expect(d.state.people.priya?.pagedAt).toBe(0);
  });

  it('refuses unknown people, people not on a pager and people already in the channel', () => {
    const d = drill(checkout());
    d.expectRejected('unknown-person').page('nobody');
    d.expectRejected('not-available').page('sam'); // support lead
    expect(d.lastRejection?.message).toMatch(/not on a pager/);
    d.expectRejected('not-available').page('tom'); // bystander
    d.expectRejected('not-available').page('arjun'); // present from the start
    expect(d.lastRejection?.message).toMatch(/already in the channel/);
    expect(d.state.firstPageAt).toBeNull();
  });

  it('refuses a repeat page within a minute, then allows it', () => {
    const d = drill(checkout()).page('lena').advance('30s');
    d.expectRejected('not-available').page('lena');
    expect(d.lastRejection?.message).toMatch(/less than a minute ago/);
    d.advance('30s').page('lena');
    expect(d.state.people.lena?.pagedAt).toBe(60);
  });

  it('options() offers everyone on a pager who is not in the channel or just paged', () => {
    const d = drill(checkout());
    expect(pagePerson.options(d.state, PLAYER_ID).map((o) => o.to)).toEqual(['maya', 'lena', 'dev', 'priya']);
    d.page('maya');
    expect(pagePerson.options(d.state, PLAYER_ID).map((o) => o.to)).toEqual(['lena', 'dev', 'priya']);
    expect(expectOptionsAccepted(pagePerson, [...walkStates(), d.state])).toBeGreaterThan(0);
  });
});

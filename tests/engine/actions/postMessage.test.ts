import { describe, expect, it } from 'vitest';
import { MAX_MESSAGE_LENGTH, postMessage } from '../../../src/engine/actions/postMessage';
import { PLAYER_ID } from '../../../src/engine';
import { drill } from '../../helpers/drill';
import { walkStates } from '../../helpers/options';
import { checkout } from '../../helpers/scenarios';
import { expectOptionsAccepted } from '../../helpers/walk';

describe('message/posted', () => {
  it('posts the trimmed text in the chosen place with its kind', () => {
    const d = drill(checkout()).at('2m').post('  Rolling back checkout now.  ', { kind: 'decision' });
    const message = d.messages.at(-1)!;
    expect(message).toEqual({ id: d.messages.length - 1, at: 120, place: 'main', from: PLAYER_ID, kind: 'decision', text: 'Rolling back checkout now.' });
    d.post('could it be the database?', { place: 'thread', kind: 'hypothesis' });
    expect(d.messages.at(-1)).toMatchObject({ place: 'thread', kind: 'hypothesis' });
  });

  it('resolves @handles to people, once each, ignoring handles nobody has', () => {
    const d = drill(checkout()).post('@maya and @lena please join; @maya first. cc @nobody', { kind: 'assignment' });
    expect(d.messages.at(-1)?.mentions).toEqual(['maya', 'lena']);
  });

  it('keeps the structured fields of a stakeholder update', () => {
    const fields = { impact: 'card payments failing for about half of shoppers', status: 'rolling back', actions: 'rollback of checkout', next: 1800 };
    const d = drill(checkout()).update(fields);
    expect(d.messages.at(-1)).toMatchObject({ place: 'stakeholders', kind: 'status', fields });
  });

  it('refuses empty, over-long and malformed messages', () => {
    const d = drill(checkout());
    d.expectRejected('invalid-payload').post('   ');
    d.expectRejected('invalid-payload').post('x'.repeat(MAX_MESSAGE_LENGTH + 1));
    d.post(`  ${'x'.repeat(MAX_MESSAGE_LENGTH)}  `);
    d.expectRejected('invalid-payload').post('x'.repeat(10_001));
    d.expectRejected('invalid-payload').do({ type: 'message/posted', place: 'dm' as never, kind: 'status', text: 'hi' });
    d.expectRejected('invalid-payload').do({ type: 'message/posted', place: 'main', kind: 'rant' as never, text: 'hi' });
    d.expectRejected('invalid-payload').do({ type: 'message/posted', place: 'main', kind: 'status', text: 'hi', fields: { mood: 'bad' } as never });
    d.expectRejected('invalid-payload').do({ type: 'message/posted', place: 'main', kind: 'status', text: 42 as never });
  });

  it('options() offers sample lines and a well-formed stakeholder update', () => {
    const d = drill(checkout()).at('5m');
    const options = postMessage.options(d.state, PLAYER_ID);
    expect(options.length).toBeGreaterThan(1);
    expect(options.some((o) => o.place === 'stakeholders' && o.kind === 'status' && o.fields?.next === 1800)).toBe(true);
    expect(expectOptionsAccepted(postMessage, [...walkStates(), d.state])).toBeGreaterThan(0);
  });
});

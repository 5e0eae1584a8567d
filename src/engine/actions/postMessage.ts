import { personByHandle } from '../lookup';
import type { GameState, MessageKind, Place } from '../types';
import { defineAction, reject } from './definition';

export const MAX_MESSAGE_LENGTH = 2000;

/** Ids of the people a text names with @handle. */
export function mentionsIn(state: GameState, text: string): string[] {
  const ids: string[] = [];
  for (const match of text.matchAll(/@([a-z0-9][a-z0-9-]*)/g)) {
    const person = personByHandle(state.scenario, match[1]!);
    if (person && !ids.includes(person.id)) ids.push(person.id);
  }
  return ids;
}

const SAMPLE_LINES: { place: Place; kind: MessageKind; text: string }[] = [
  { place: 'main', kind: 'finding', text: 'Confirmed: errors started with the latest change.' },
  { place: 'thread', kind: 'hypothesis', text: 'Could it be the database?' },
  { place: 'main', kind: 'hypothesis', text: 'maybe it is DNS?' },
  { place: 'main', kind: 'question', text: 'Can someone look at the logs?' },
  { place: 'main', kind: 'chatter', text: 'this is bad' },
];

/** A message from the player: its kind and place are what the signal rules read. */
export const postMessage = defineAction({
  type: 'message/posted',
  title: 'Post a message',
  category: 'comms',
  handsOn: false,
  isAvailable: () => true,
  check(_state, action) {
    const text = action.text.trim();
    if (text.length === 0) return reject('invalid-payload', 'A message needs some text.');
    if (text.length > MAX_MESSAGE_LENGTH) return reject('invalid-payload', `Messages are at most ${MAX_MESSAGE_LENGTH} characters.`);
    return null;
  },
  apply(tx, action, actor) {
    const mentions = mentionsIn(tx.s, action.text);
    tx.post({
      place: action.place,
      from: actor,
      kind: action.kind,
      text: action.text.trim(),
      ...(action.fields ? { fields: action.fields } : {}),
      ...(mentions.length > 0 ? { mentions } : {}),
    });
  },
  options: (state) => [
    ...SAMPLE_LINES.map((line) => ({ type: 'message/posted' as const, ...line })),
    {
      type: 'message/posted' as const,
      place: 'stakeholders' as const,
      kind: 'status' as const,
      text: `Update: about ${Math.round(state.impact * 100)}% of users affected; we are mitigating. Next update in 30 minutes.`,
      fields: { impact: `about ${Math.round(state.impact * 100)}% of users affected`, status: 'mitigating', actions: 'responders engaged', next: 1800 },
    },
  ],
});

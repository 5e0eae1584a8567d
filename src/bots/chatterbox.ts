import type { Bot } from './bot';
import { claimCommand, handOffAtShiftEnd, declareByImpact, delegateInvestigation, delegateMitigation, firstOf, pageOnTime, updateStakeholders, waitForTrouble, wrapUp, type Move } from './moves';

const MUSINGS = [
  { kind: 'hypothesis', text: 'maybe it is DNS again?' },
  { kind: 'chatter', text: 'tailing the logs now, lots of stack traces, not sure what they mean' },
  { kind: 'hypothesis', text: 'could be the database, it was slow last week' },
  { kind: 'question', text: 'Can someone check the load balancer?' },
  { kind: 'chatter', text: 'wow this graph looks wild' },
  { kind: 'hypothesis', text: 'I bet it is a memory leak' },
  { kind: 'question', text: 'Is this really a SEV1? Feels more like a SEV2 to me?' },
  { kind: 'chatter', text: 'restarting my VPN, brb' },
] as const;

/** Thinks out loud in the main channel every couple of minutes. */
const thinkOutLoud: Move = (state) => {
  const mine = state.messages.filter((m) => state.players.includes(m.from) && m.place === 'main' && (m.kind === 'hypothesis' || m.kind === 'chatter' || m.kind === 'question'));
  const last = mine[mine.length - 1];
  if (state.time < 90 || (last && state.time - last.at < 120)) return null;
  const line = MUSINGS[mine.length % MUSINGS.length]!;
  return { type: 'message/posted', place: 'main', kind: line.kind, text: line.text };
};

export const chatterbox: Bot = {
  name: 'chatterbox',
  description: 'Speculates and debugs in the main channel, asks "can someone", argues severity.',
  play: firstOf(claimCommand, handOffAtShiftEnd, thinkOutLoud, waitForTrouble, declareByImpact, pageOnTime, updateStakeholders, wrapUp, delegateMitigation, delegateInvestigation),
};

// Where the war room finds the coach of a game. Kept apart from the coach itself (which brings the
// textbook bot) so the channel can show the coach's notes without loading it.
import { useSyncExternalStore } from 'react';
import type { StoreApi } from 'zustand/vanilla';
import type { Reminder, RuleId } from '../scoring/rules';
import type { GameStore } from '../store';
import type { Level } from '../store/ladder';

export interface CoachAdvice {
  /** What is happening, in a sentence (shadow only). */
  situation: string | null;
  /** The next by-the-book move and the rule behind it (shadow only). */
  next: { text: string; rule: RuleId | null } | null;
  reminders: Reminder[];
}

/** A prompt the coach has given, kept for the channel and the coach panel. */
export interface CoachNote {
  id: number;
  at: number;
  kind: 'next' | 'reminder';
  rule: RuleId | null;
  text: string;
}

export interface CoachState {
  level: Level;
  advice: CoachAdvice;
  notes: CoachNote[];
  /** The coach paused the clock and waits for the player to move (or to resume). */
  waiting: boolean;
  resume(): void;
}

export type CoachStore = StoreApi<CoachState>;

const coaches = new WeakMap<GameStore, CoachStore>();

export const coachFor = (store: GameStore): CoachStore | null => coaches.get(store) ?? null;

export const registerCoach = (store: GameStore, coach: CoachStore): void => {
  coaches.set(store, coach);
};

const NO_NOTES: CoachNote[] = [];
const noop = () => () => {};

/** The coach's notes for a game (none when it has no coach). */
export function useCoachNotes(store: GameStore): CoachNote[] {
  const coach = coachFor(store);
  return useSyncExternalStore(coach ? coach.subscribe : noop, () => coach?.getState().notes ?? NO_NOTES);
}

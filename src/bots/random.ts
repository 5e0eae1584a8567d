import { ACTION_LIST, type Action, type GameState } from '../engine';
import { hashString } from '../engine/hash';
import type { Bot } from './bot';

/** A deterministic draw from the state, so a random game replays exactly without touching the game's PRNG. */
function draw(state: GameState, salt: number): number {
  return parseInt(hashString(`${state.seed}:${state.time}:${state.log.length}:${salt}`).slice(0, 8), 16) / 0x100000000;
}

/** Random valid actions from the registry, for fuzzing and as a floor to compare with. */
export const random: Bot = {
  name: 'random',
  description: 'Picks random valid actions from the registry; lets time pass about half the time.',
  play(state) {
    if (draw(state, 0) < 0.5) return { type: 'clock/advanced', seconds: 30 + Math.floor(draw(state, 1) * 90) };
    const actor = state.players[0]!;
    const options: Action[] = ACTION_LIST.filter((d) => d.type !== 'clock/advanced' && d.type !== 'incident/resolved' && d.isAvailable(state, actor)).flatMap((d) => d.options(state, actor));
    if (options.length === 0) return null;
    return options[Math.floor(draw(state, 2) * options.length)] ?? null;
  },
};

// A cheap fingerprint of an engine state for desync checks: the server sends its hash with every log
// entry and each client compares its own. It covers the PRNG state (any divergence in randomness
// shows there at once) and the game's visible counters, not the whole JSON (that would cost a
// full serialisation per entry on every client).
import { hashString } from '../engine/hash';
import type { GameState } from '../engine/types';

export function stateHash(state: GameState): string {
  return hashString(
    JSON.stringify([
      state.time,
      state.rng,
      state.seq,
      state.phase,
      state.endReason,
      state.log.length,
      state.alerts.length,
      state.messages.length,
      state.tasks.length,
      state.cluesFound.length,
      state.mitigations.length,
      state.injectsFired.length,
      state.fallbacks.length,
      state.impact,
      state.userMinutesLost,
      state.command.ic,
      state.severity.level,
      state.mitigatedAt,
      state.resolvedAt,
    ]),
  );
}

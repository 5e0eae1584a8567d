// A client's copy of a room's game: the engine run over the room's ordered log, entry by entry, in
// seq order. Entries that arrive early wait for the ones before them; entries already applied are
// ignored, so a rejoin that resends some of them is harmless.
import { attempt, createGame } from '../engine/step';
import type { GameState, PlayMode } from '../engine/types';
import { parseScenario } from '../scenario/parse';
import type { Scenario } from '../scenario/schema';
import type { LogEntry } from './protocol';
import { stateHash } from './stateHash';

export interface LockstepSetup {
  scenario: Scenario;
  seed: number;
  mode: PlayMode;
  players: string[];
}

export interface Desync {
  seq: number;
  /** What went wrong: the engine refused an entry the server accepted, or the hashes differ. */
  message: string;
}

export type ApplyOutcome = { applied: number; waiting: number; desync: Desync | null };

export class LockstepGame {
  state: GameState;
  lastSeq = 0;
  desync: Desync | null = null;
  private readonly early = new Map<number, LogEntry>();

  constructor(readonly setup: LockstepSetup) {
    this.state = createGame(setup.scenario, { seed: setup.seed, mode: setup.mode, players: setup.players });
  }

  /** Builds the game from a room's scenario text; the error names the problem when the text does not parse. */
  static fromSource(source: string, options: Omit<LockstepSetup, 'scenario'>): { ok: true; game: LockstepGame } | { ok: false; message: string } {
    const parsed = parseScenario(source, 'room scenario');
    if (!parsed.ok) {
      const first = parsed.errors[0];
      return { ok: false, message: `The room's scenario does not parse: ${first ? `${first.path}: ${first.message}` : 'unknown problem'}` };
    }
    return { ok: true, game: new LockstepGame({ ...options, scenario: parsed.scenario }) };
  }

  /** Seq numbers missing before the earliest waiting entry (a gap to ask the server for), or null. */
  get gap(): { after: number } | null {
    return this.early.size > 0 ? { after: this.lastSeq } : null;
  }

  hash(): string {
    return stateHash(this.state);
  }

  /** Applies whatever entries are now in order; keeps the rest for later. */
  receive(entries: readonly LogEntry[]): ApplyOutcome {
    for (const entry of entries) if (entry.seq > this.lastSeq) this.early.set(entry.seq, entry);
    let applied = 0;
    for (let next = this.early.get(this.lastSeq + 1); next; next = this.early.get(this.lastSeq + 1)) {
      this.early.delete(next.seq);
      this.lastSeq = next.seq;
      applied += 1;
      if (this.desync) continue;
      const result = attempt(this.state, next.action);
      if (result.rejection) {
        this.desync = { seq: next.seq, message: `log entry ${next.seq} (${next.action.type}) was refused here: ${result.rejection.message}` };
        continue;
      }
      this.state = result.state;
      const mine = stateHash(this.state);
      if (mine !== next.hash) this.desync = { seq: next.seq, message: `after log entry ${next.seq} the state hash is ${mine}, the server's is ${next.hash}` };
    }
    return { applied, waiting: this.early.size, desync: this.desync };
  }
}

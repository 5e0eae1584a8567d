// The rooms this process serves: each one's engine state, kept level with the room's ordered log in
// the store. Appends go through one queue per room; an append that loses a race with another
// process (the store refuses a stale sequence number) catches up and tries again, so every process
// and every client applies the same actions in the same order. The server's state is the authority.
import { randomBytes } from 'node:crypto';
import { attempt, createGame } from '../engine/step';
import { FACILITATOR_ID, type Action, type GameState, type Rejection } from '../engine/types';
import { SEATS, type DebriefEvent, type LogEntry, type Seat } from '../gameday/protocol';
import { botSeats, summarize, type RoomMeta } from '../gameday/room';
import { botMove } from '../gameday/seatBots';
import { stateHash } from '../gameday/stateHash';
import { attributeFindings } from '../scoring/attribution';
import { scoreGame } from '../scoring/score';
import type { ScenarioLibrary } from './scenarios';
import type { RoomStore } from './store';

export type Logger = (line: string) => void;

export interface Broadcast {
  log(code: string, entry: LogEntry): void;
  room(code: string, meta: RoomMeta, lastSeq: number): void;
  debrief(code: string, debrief: DebriefEvent): void;
}

interface Runtime {
  code: string;
  game: GameState;
  lastSeq: number;
  /** The room's queue: one append or catch-up at a time in this process. */
  queue: Promise<unknown>;
}

export type AppendResult = { ok: true; entry: LogEntry } | { ok: false; rejection: Rejection };

/** One clock tick each real second; `speed` game seconds per tick. */
export const TICK_MS = 1000;
const LEASE_MS = 3000;

export class Rooms {
  readonly processId = randomBytes(8).toString('hex');
  private readonly runtimes = new Map<string, Runtime>();
  /** Open connections on this process per room: a process runs the clock only of rooms it serves. */
  private readonly local = new Map<string, number>();
  private timer: ReturnType<typeof setInterval> | null = null;

  constructor(
    readonly store: RoomStore,
    readonly scenarios: ScenarioLibrary,
    private readonly broadcast: Broadcast,
    private readonly log: Logger,
  ) {}

  startClock(): void {
    this.timer ??= setInterval(() => void this.tickAll(), TICK_MS);
  }

  stopClock(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  connected(code: string, delta: 1 | -1): void {
    const next = (this.local.get(code) ?? 0) + delta;
    if (next > 0) return void this.local.set(code, next);
    // Nobody here any more: forget the room's state (the store keeps its log; a rejoin replays it).
    this.local.delete(code);
    this.runtimes.delete(code);
  }

  get roomCount(): number {
    return this.local.size;
  }

  /** The room's engine state, up to date with the store's log. */
  async game(code: string): Promise<{ game: GameState; lastSeq: number } | null> {
    const runtime = await this.runtime(code);
    if (!runtime) return null;
    await this.queued(runtime, () => this.catchUp(runtime));
    return { game: runtime.game, lastSeq: runtime.lastSeq };
  }

  /** Orders one action into the room's log (the engine checks it first; a refusal comes back as data). */
  async append(code: string, action: Action): Promise<AppendResult> {
    const runtime = await this.runtime(code);
    if (!runtime) return { ok: false, rejection: { code: 'game-over', message: `There is no room ${code}.` } };
    const result = await this.queued(runtime, () => this.appendNow(runtime, action));
    if (result.ok && runtime.game.phase === 'ended') await this.settleEnd(runtime);
    return result;
  }

  /** The debrief of an ended game: the server's score, findings attributed to seats. */
  debriefOf(game: GameState, meta: RoomMeta, lastSeq: number): DebriefEvent {
    const score = scoreGame(game);
    const findings = attributeFindings(game, score.findings).map(({ player, ...finding }) => ({ ...finding, seat: (SEATS as readonly string[]).includes(player ?? '') ? (player as Seat) : null }));
    return { score, findings, seats: summarize(meta, lastSeq).seats, endReason: game.endReason, endedAt: game.time, finalHash: stateHash(game), lastSeq };
  }

  private async runtime(code: string): Promise<Runtime | null> {
    const known = this.runtimes.get(code);
    if (known) return known;
    const meta = await this.store.getMeta(code);
    if (!meta) return null;
    const scenario = this.scenarios.byId(meta.scenarioId);
    if (!scenario) return null;
    const existing = this.runtimes.get(code);
    if (existing) return existing;
    const runtime: Runtime = { code, game: createGame(scenario.scenario, { seed: meta.seed, mode: meta.mode, players: [...SEATS] }), lastSeq: 0, queue: Promise.resolve() };
    this.runtimes.set(code, runtime);
    return runtime;
  }

  private queued<T>(runtime: Runtime, work: () => Promise<T>): Promise<T> {
    const next = runtime.queue.then(work, work);
    runtime.queue = next.catch(() => undefined);
    return next;
  }

  /** Applies entries other processes appended since this one last looked. */
  private async catchUp(runtime: Runtime): Promise<void> {
    const entries = await this.store.readLog(runtime.code, runtime.lastSeq);
    for (const entry of entries) {
      if (entry.seq !== runtime.lastSeq + 1) throw new Error(`room ${runtime.code}: log entry ${entry.seq} follows ${runtime.lastSeq}`);
      const result = attempt(runtime.game, entry.action);
      if (result.rejection) this.log(`room ${runtime.code}: stored log entry ${entry.seq} (${entry.action.type}) was refused on replay: ${result.rejection.message}`);
      runtime.game = result.state;
      runtime.lastSeq = entry.seq;
    }
  }

  private async appendNow(runtime: Runtime, action: Action): Promise<AppendResult> {
    for (let tries = 0; tries < 50; tries++) {
      await this.catchUp(runtime);
      const result = attempt(runtime.game, action);
      if (result.rejection) return { ok: false, rejection: result.rejection };
      // The log holds the engine's parsed copy of the action (no stray fields from the wire).
      const accepted = result.state.log.at(-1)!.action;
      const entry: LogEntry = { seq: runtime.lastSeq + 1, action: accepted, hash: stateHash(result.state) };
      if (await this.store.append(runtime.code, runtime.lastSeq, entry)) {
        runtime.game = result.state;
        runtime.lastSeq = entry.seq;
        this.broadcast.log(runtime.code, entry);
        return { ok: true, entry };
      }
    }
    throw new Error(`room ${runtime.code}: could not append after 50 tries`);
  }

  /** Once the game is over: the room ends (one process flips it) and everyone gets the debrief. */
  private async settleEnd(runtime: Runtime): Promise<void> {
    if (runtime.game.phase !== 'ended') return;
    let flipped = false;
    const meta = await this.store.updateMeta(runtime.code, (m) => {
      if (m.phase === 'ended') return null;
      flipped = true;
      return { ...m, phase: 'ended', version: m.version + 1 };
    });
    if (!flipped || !meta) return;
    this.broadcast.room(runtime.code, meta, runtime.lastSeq);
    this.broadcast.debrief(runtime.code, this.debriefOf(runtime.game, meta, runtime.lastSeq));
  }

  private async tickAll(): Promise<void> {
    await Promise.all([...this.local.keys()].map((code) => this.tick(code).catch((error: unknown) => this.log(`room ${code}: clock tick failed: ${error instanceof Error ? error.message : String(error)}`))));
  }

  /** One tick of a room's clock, if this process holds the room's lease: time moves, then the bots play. */
  async tick(code: string): Promise<void> {
    const meta = await this.store.getMeta(code);
    if (!meta || meta.phase !== 'running' || meta.paused) return;
    if (!(await this.store.lease(code, this.processId, LEASE_MS))) return;
    const advanced = await this.append(code, { type: 'clock/advanced', seconds: meta.speed });
    if (!advanced.ok) return;
    const bots = new Set(botSeats(meta));
    for (const seat of bots) {
      const state = await this.game(code);
      if (!state || state.game.phase !== 'running') return;
      const move = botMove(state.game, seat, bots);
      if (move) await this.append(code, { ...move, by: seat } as Action);
    }
  }

  /** A facilitator's engine action: ordered like any other, by the reserved facilitator actor. */
  facilitate(code: string, action: Action): Promise<AppendResult> {
    return this.append(code, { ...action, by: FACILITATOR_ID } as Action);
  }
}

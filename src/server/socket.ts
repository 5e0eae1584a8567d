// The Socket.IO side: every client message is rate limited, validated with zod and authorized by
// the connection's role before it reaches a room. A bad message gets an error event, an error
// acknowledgement and a log line; it never throws into Socket.IO or stops the room.
import type { Server, Socket } from 'socket.io';
import type { z } from 'zod';
import { FACILITATOR_ID, type Action } from '../engine/types';
import {
  actSchema,
  CLIENT_EVENTS,
  createRoomSchema,
  facilitatorCommandSchema,
  joinSchema,
  rejoinSchema,
  SEATS,
  SERVER_EVENTS,
  syncSchema,
  type ClientToServerEvents,
  type ErrorCode,
  type ErrorEvent,
  type GameSetup,
  type Role,
  type ServerToClientEvents,
} from '../gameday/protocol';
import { bump, countConnection, newRoomMeta, roleOfToken, summarize, takeSeat, type RoomMeta } from '../gameday/room';
import { RateLimit } from './rateLimit';
import type { Logger, Rooms } from './rooms';
import { StoreFullError } from './store';
import { hashToken, newJoinCode, newToken } from './secrets';

interface Seating {
  code: string;
  role: Role;
}

interface SocketData {
  seating: Seating | null;
}

export type GameServer = Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;
type GameSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;

const MAX_FLOODS = 200;

class Refusal extends Error {
  constructor(readonly event: ErrorEvent) {
    super(event.message);
  }
}

const refuse = (code: ErrorCode, message: string): never => {
  throw new Refusal({ code, message });
};

function parse<S extends z.ZodType>(schema: S, payload: unknown, event: string): z.infer<S> {
  const result = schema.safeParse(payload);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const where = issue && issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
  return refuse('bad-message', `${event}: ${where}${issue?.message ?? 'invalid message'}`);
}

export interface GameSockets {
  /** Resolves once every connection that closed has been taken out of its room (before shutting down). */
  settled(): Promise<void>;
}

export function attachGameSockets(io: GameServer, rooms: Rooms, log: Logger): GameSockets {
  const leaving = new Set<Promise<void>>();

  const setupFor = async (code: string, after: number): Promise<GameSetup> => {
    const meta = (await rooms.store.getMeta(code)) ?? refuse('unknown-room', `There is no room ${code}.`);
    const scenario = rooms.scenarios.byId(meta.scenarioId) ?? refuse('unknown-scenario', `The room's scenario "${meta.scenarioId}" is not on this server.`);
    const current = (await rooms.game(code)) ?? refuse('unknown-room', `There is no room ${code}.`);
    const entries = await rooms.store.readLog(code, after);
    const setup: GameSetup = { room: summarize(meta, current.lastSeq), scenarioSource: scenario.source, players: [...SEATS], log: entries };
    if (current.game.phase === 'ended') setup.debrief = rooms.debriefOf(current.game, meta, current.lastSeq);
    return setup;
  };

  const announce = async (code: string, meta: RoomMeta | null) => {
    if (!meta) return;
    const current = await rooms.game(code);
    io.to(code).emit(SERVER_EVENTS.room, summarize(meta, current?.lastSeq ?? 0));
  };

  io.on('connection', (socket: GameSocket) => {
    socket.data.seating = null;
    const limit = new RateLimit();
    /** Refusals for flooding in a row: a connection that keeps at it is closed. */
    let floods = 0;
    const admit = (): boolean => {
      if (limit.take()) {
        floods = 0;
        return true;
      }
      floods += 1;
      if (floods === MAX_FLOODS) {
        log(`${socket.id} (${who()}) kept flooding after ${MAX_FLOODS} refusals: disconnected`);
        socket.disconnect(true);
      }
      return false;
    };
    const who = () => (socket.data.seating ? `${socket.data.seating.code}/${socket.data.seating.role}` : 'not joined');

    const seated = (): Seating => socket.data.seating ?? refuse('not-joined', 'Join a room first.');

    /** Takes the connection into a room as a role (leaving any room it was in). */
    const seat = async (code: string, role: Role) => {
      await leave();
      await socket.join(code);
      socket.data.seating = { code, role };
      rooms.connected(code, 1);
    };

    const leave = async () => {
      const seating = socket.data.seating;
      if (!seating) return;
      socket.data.seating = null;
      rooms.connected(seating.code, -1);
      await socket.leave(seating.code);
      const meta = await rooms.store.updateMeta(seating.code, (m) => countConnection(m, seating.role, -1));
      await announce(seating.code, meta);
    };

    /** One handler: rate limit, run, answer; any refusal or fault becomes an error event and ack. */
    const handle = <P,>(event: string, work: (payload: unknown) => Promise<P>) => {
      socket.on(event as keyof ClientToServerEvents, (async (payload: unknown, ack: unknown) => {
        const answer = typeof ack === 'function' ? (ack as (result: unknown) => void) : () => {};
        try {
          if (!admit()) refuse('rate-limited', 'Too many messages: slow down a little.');
          answer(await work(payload));
        } catch (error) {
          const problem: ErrorEvent = error instanceof Refusal ? error.event : { code: 'server-error', message: 'Something went wrong on the server; the room is unaffected.' };
          log(`${event} from ${socket.id} (${who()}) refused: ${problem.code}: ${problem.message}${error instanceof Refusal ? '' : ` (${error instanceof Error ? (error.stack ?? error.message) : String(error)})`}`);
          socket.emit(SERVER_EVENTS.error, problem);
          answer({ ok: false, error: problem });
        }
      }) as never);
    };

    handle(CLIENT_EVENTS.createRoom, async (payload) => {
      const request = parse(createRoomSchema, payload, CLIENT_EVENTS.createRoom);
      const scenario = rooms.scenarios.byId(request.scenarioId) ?? refuse('unknown-scenario', `There is no scenario "${request.scenarioId}" on this server.`);
      const token = newToken();
      let meta: RoomMeta | null = null;
      for (let tries = 0; tries < 20 && meta === null; tries++) {
        const candidate = newRoomMeta({
          code: newJoinCode(),
          scenarioId: scenario.scenario.id,
          scenarioTitle: scenario.scenario.title,
          mode: request.mode ?? 'practice',
          seed: request.seed ?? Math.floor(Math.random() * 1_000_000),
          facilitator: hashToken(token),
        });
        try {
          if (await rooms.store.createRoom(candidate)) meta = candidate;
        } catch (error) {
          if (error instanceof StoreFullError) refuse('server-error', 'This server is running as many rooms as it can; try again when a game day has ended.');
          throw error;
        }
      }
      if (!meta) return refuse('server-error', 'Could not find a free join code; try again.');
      await seat(meta.code, 'facilitator');
      const counted = await rooms.store.updateMeta(meta.code, (m) => countConnection(m, 'facilitator', 1));
      log(`room ${meta.code} created (${meta.scenarioId}, ${meta.mode}, seed ${meta.seed})`);
      const setup = await setupFor(meta.code, 0);
      void announce(meta.code, counted);
      return { ok: true, role: 'facilitator', code: meta.code, facilitatorToken: token, facilitatorLink: `/#/gameday/${meta.code}/facilitator?token=${token}`, ...setup };
    });

    handle(CLIENT_EVENTS.join, async (payload) => {
      const request = parse(joinSchema, payload, CLIENT_EVENTS.join);
      const existing = (await rooms.store.getMeta(request.code)) ?? refuse('unknown-room', `There is no room ${request.code}; check the code.`);
      const token = newToken();
      const holder = hashToken(token);
      let problem: ErrorEvent | null = null;
      const meta = await rooms.store.updateMeta(existing.code, (m) => {
        problem = null;
        if (request.seat === 'spectator') return bump(countConnection(m, 'spectator', 1), { spectators: { ...m.spectators, [holder]: request.name } });
        const taken = takeSeat(m, request.seat, request.name, holder);
        if (!taken.ok) {
          problem = taken.error;
          return null;
        }
        return taken.meta;
      });
      if (problem) refuse((problem as ErrorEvent).code, (problem as ErrorEvent).message);
      await seat(existing.code, request.seat);
      log(`room ${existing.code}: ${request.name} joined as ${request.seat}`);
      const setup = await setupFor(existing.code, 0);
      void announce(existing.code, meta);
      return { ok: true, role: request.seat, token, ...setup };
    });

    handle(CLIENT_EVENTS.rejoin, async (payload) => {
      const request = parse(rejoinSchema, payload, CLIENT_EVENTS.rejoin);
      const existing = (await rooms.store.getMeta(request.code)) ?? refuse('unknown-room', `There is no room ${request.code}.`);
      const role = roleOfToken(existing, hashToken(request.token)) ?? refuse('bad-token', 'That link or token does not belong to this room.');
      await seat(existing.code, role);
      const meta = await rooms.store.updateMeta(existing.code, (m) => countConnection(m, role, 1));
      const setup = await setupFor(existing.code, request.lastSeq);
      void announce(existing.code, meta);
      return { ok: true, role, token: request.token, ...setup };
    });

    handle(CLIENT_EVENTS.sync, async (payload) => {
      const request = parse(syncSchema, payload, CLIENT_EVENTS.sync);
      return { ok: true, log: await rooms.store.readLog(seated().code, request.lastSeq) };
    });

    handle(CLIENT_EVENTS.act, async (payload) => {
      const { code, role } = seated();
      const request = parse(actSchema, payload, CLIENT_EVENTS.act);
      if (role === 'spectator') refuse('not-allowed', 'Spectators watch; they cannot act.');
      if (role === 'facilitator') refuse('not-allowed', 'The facilitator steers with facilitator commands, not player actions.');
      if (request.action.type === 'clock/advanced') refuse('not-allowed', 'The server runs the clock; players cannot move time.');
      if (request.action.type.startsWith('facilitator/')) refuse('not-allowed', 'Only the facilitator can do that.');
      // A seat acts only as itself, whatever `by` the message said.
      const result = await rooms.append(code, { ...request.action, by: role } as Action);
      return result.ok ? { ok: true, seq: result.entry.seq } : { ok: false, rejection: result.rejection };
    });

    handle(CLIENT_EVENTS.facilitate, async (payload) => {
      const { code, role } = seated();
      if (role !== 'facilitator') refuse('not-allowed', 'Only the facilitator can steer the game.');
      const command = parse(facilitatorCommandSchema, payload, CLIENT_EVENTS.facilitate);
      const meta = (await rooms.store.getMeta(code)) ?? refuse('unknown-room', `There is no room ${code}.`);
      if (meta.phase === 'ended') refuse('room-ended', 'The game is over.');
      const setMeta = async (change: Partial<RoomMeta>) => {
        const next = await rooms.store.updateMeta(code, (m) => bump(m, change));
        await announce(code, next);
        return { ok: true as const };
      };
      switch (command.type) {
        case 'start':
          return meta.phase === 'lobby' ? setMeta({ phase: 'running', paused: false }) : { ok: true };
        case 'pause':
          if (meta.mode === 'exam') refuse('not-allowed', 'An exam runs without pauses.');
          return setMeta({ paused: true });
        case 'resume':
          return setMeta({ paused: false });
        case 'speed':
          return setMeta({ speed: command.speed });
        default: {
          const action: Action =
            command.type === 'inject'
              ? { type: 'facilitator/injected', by: FACILITATOR_ID, inject: command.inject }
              : command.type === 'armFallback'
                ? { type: 'facilitator/fallbackArmed', by: FACILITATOR_ID, inject: command.inject, when: command.when }
                : command.type === 'hint'
                  ? { type: 'facilitator/hinted', by: FACILITATOR_ID, to: command.seat, text: command.text }
                  : { type: 'facilitator/ended', by: FACILITATOR_ID };
          const result = await rooms.facilitate(code, action);
          if (result.ok) log(`room ${code}: facilitator ${command.type}`);
          return result.ok ? { ok: true, seq: result.entry.seq } : { ok: false, rejection: result.rejection };
        }
      }
    });

    // Anything else is not part of the protocol.
    socket.onAny((event: string) => {
      if (Object.values(CLIENT_EVENTS).includes(event as never)) return;
      // A flood of junk is dropped without a word (and without a log line each).
      if (!admit()) return;
      const problem: ErrorEvent = { code: 'bad-message', message: `Unknown message "${String(event).slice(0, 60)}".` };
      log(`${socket.id} (${who()}) sent an unknown message: ${String(event).slice(0, 60)}`);
      socket.emit(SERVER_EVENTS.error, problem);
    });

    socket.on('disconnect', () => {
      const done: Promise<void> = leave()
        .catch((error: unknown) => log(`leaving after a disconnect failed: ${error instanceof Error ? error.message : String(error)}`))
        .finally(() => leaving.delete(done));
      leaving.add(done);
    });
  });

  return {
    async settled() {
      while (leaving.size > 0) await Promise.all([...leaving]);
    },
  };
}

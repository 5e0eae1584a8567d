// The GameDayPort over the game-day client (src/gameday/client.ts): Socket.IO to the server that
// serves this page, the lockstep engine state, rejoin after a drop. The screens never see the socket.
import { connectGameday, type ConnectionState, type GamedayClient } from '../../gameday/client';
import type { ErrorEvent } from '../../gameday/protocol';
import type { Connection, GameDayPort, Identity, PortEvents } from '../../store/gameDayPort';
import { checkServer } from './health';

type Listeners = { [E in keyof PortEvents]: Set<PortEvents[E]> };

/** How long an error event and a failed acknowledgement count as the same failure. */
const SAME_FAILURE_MS = 2_000;
/** An error event waits this long for the acknowledgement that may explain it. */
const ERROR_SETTLE_MS = 120;
/** "Rejoined" is news for a while, then the banner settles back to "Connected". */
const REJOINED_MS = 8_000;

export function socketPort(client: GamedayClient): GameDayPort {
  const listeners: Listeners = { change: new Set(), log: new Set(), error: new Set() };
  const emit = <E extends keyof PortEvents>(event: E, ...args: Parameters<PortEvents[E]>) => {
    for (const listener of [...listeners[event]]) (listener as (...a: Parameters<PortEvents[E]>) => void)(...args);
  };
  // The server answers a failed request twice: a failed acknowledgement (shown where the person acted:
  // the form, the toast, the console line) and an error event. The event is shown on its own only
  // when no acknowledgement already said the same thing.
  const answered = new Map<string, number>();
  const keyOf = (error: ErrorEvent) => `${error.code}:${error.message}`;
  const failure = (error: ErrorEvent) => {
    answered.set(keyOf(error), Date.now());
    return new Error(error.message);
  };
  const refusal = (ack: { ok: false; rejection: { message: string } } | { ok: false; error: ErrorEvent }) => ('rejection' in ack ? ack.rejection.message : failure(ack.error).message);
  const announce = (error: ErrorEvent) => {
    window.setTimeout(() => {
      const at = answered.get(keyOf(error));
      if (at !== undefined && Date.now() - at < SAME_FAILURE_MS) return;
      emit('error', error);
    }, ERROR_SETTLE_MS);
  };
  let name = '';
  let connection: Connection = 'connecting';
  let dropped = false;
  const fromClient = (state: ConnectionState): Connection => {
    if (state === 'reconnecting') {
      dropped = true;
      return 'reconnecting';
    }
    if (state === 'disconnected') return 'offline';
    if (state === 'connected') return dropped && client.code !== null ? 'rejoined' : 'connected';
    return 'connecting';
  };

  let settle: ReturnType<typeof setTimeout> | null = null;
  const setConnection = (next: Connection) => {
    connection = next;
    if (settle) clearTimeout(settle);
    settle =
      next === 'rejoined'
        ? setTimeout(() => {
            if (connection === 'rejoined') setConnection('connected');
          }, REJOINED_MS)
        : null;
    emit('change');
  };
  client.onConnection((state) => setConnection(fromClient(state)));
  client.onRoom(() => emit('change'));
  client.onDebrief(() => emit('change'));
  client.onState(() => emit('log'));
  client.onError(announce);
  connection = fromClient(client.connection);

  return {
    connection: () => connection,
    room: () => client.room,
    identity: (): Identity | null => (client.code && client.token && client.role ? { code: client.code, role: client.role, name: name || (client.role === 'facilitator' ? 'Facilitator' : client.role), token: client.token } : null),
    game: () => client.state,
    debrief: () => client.debrief,
    on(event, listener) {
      (listeners[event] as Set<typeof listener>).add(listener);
      return () => {
        (listeners[event] as Set<typeof listener>).delete(listener);
      };
    },
    async createRoom(request) {
      const ack = await client.createRoom(request);
      if (!ack.ok) throw failure(ack.error);
      name = 'Facilitator';
      emit('change');
      return { code: ack.code, token: ack.facilitatorToken, link: ack.facilitatorLink };
    },
    // The server has no look-up before joining: the form lists every seat, and a taken one is refused on join.
    peek: () => Promise.resolve(null),
    async join(request) {
      const ack = await client.join(request.code, request.name, request.seat);
      if (!ack.ok) throw failure(ack.error);
      name = request.name.trim();
      emit('change');
    },
    async rejoin(code, token) {
      const ack = await client.rejoin(code, token);
      if (!ack.ok) throw failure(ack.error);
      const mine = ack.role === 'facilitator' ? null : ack.room.seats.find((s) => s.seat === ack.role);
      name = ack.role === 'facilitator' ? 'Facilitator' : (mine?.name ?? name);
      // Back in the seat after a reload: say so, as after a dropped connection.
      if (connection === 'connected') setConnection('rejoined');
      else emit('change');
    },
    async act(action) {
      const ack = await client.act(action);
      return ack.ok ? null : refusal(ack);
    },
    async command(command) {
      const ack = await client.facilitate(command);
      return ack.ok ? null : refusal(ack);
    },
    close: () => {
      if (settle) clearTimeout(settle);
      client.close();
    },
  };
}

/** Connects to the server behind this page, if there is one (no socket is opened otherwise). */
export async function connectSocketPort(): Promise<GameDayPort> {
  if (!(await checkServer())) throw new Error('No game-day server answered at /healthz on this address.');
  return socketPort(connectGameday(''));
}

// One game-day server process: HTTP (the built game, /healthz) and Socket.IO on one port. With a
// Redis URL, rooms (metadata, ordered logs, clock leases) live in Redis and Socket.IO's Redis
// adapter carries broadcasts between processes, so several processes serve one room.
import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createAdapter } from '@socket.io/redis-adapter';
import { createClient } from 'redis';
import { Server } from 'socket.io';
import { SERVER_EVENTS } from '../gameday/protocol';
import { summarize } from '../gameday/room';
import { staticSite } from './http';
import { Rooms, type Logger } from './rooms';
import { loadScenarios, type ScenarioLibrary } from './scenarios';
import { attachGameSockets, type GameServer } from './socket';
import { MemoryStore, type RoomStore } from './store';
import { RedisStore } from './redisStore';

export interface ServerOptions {
  port?: number;
  host?: string;
  /** Folder of the built game. */
  distDir: string;
  /** redis://host:port to share rooms between processes; in memory when absent. */
  redisUrl?: string;
  scenarios?: ScenarioLibrary;
  log?: Logger;
  /** How many rooms an in-memory server holds at once (1000 by default). */
  maxRooms?: number;
  /** Run room clocks (on by default; tests may tick by hand). */
  clock?: boolean;
}

export interface RunningServer {
  url: string;
  port: number;
  rooms: Rooms;
  io: GameServer;
  close(): Promise<void>;
}

const isLoopbackOrigin = (origin: string) => /^https?:\/\/(127\.0\.0\.1|localhost|\[::1\])(:\d+)?$/.test(origin);

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const log = options.log ?? ((line: string) => console.error(`[gameday] ${new Date().toISOString()} ${line}`));
  const scenarios = options.scenarios ?? loadScenarios(undefined, log);
  const redisClients: { quit(): Promise<unknown> }[] = [];
  let store: RoomStore;
  if (options.redisUrl) {
    store = await RedisStore.connect(options.redisUrl);
  } else {
    store = new MemoryStore(options.maxRooms);
  }

  let rooms: Rooms | null = null;
  const site = staticSite(options.distDir, () => ({ rooms: rooms?.roomCount ?? 0, store: options.redisUrl ? 'redis' : 'memory' }));
  const http: HttpServer = createServer((request, response) => site.handle(request, response));
  const io: GameServer = new Server(http, {
    serveClient: false,
    maxHttpBufferSize: 64 * 1024,
    // Browsers from other origins (the Vite dev server) may connect only from loopback.
    cors: { origin: (origin, done) => done(null, origin === undefined || isLoopbackOrigin(origin)) },
    allowRequest: (request, done) => {
      const origin = request.headers.origin;
      done(null, origin === undefined || isLoopbackOrigin(origin) || origin === `http://${request.headers.host ?? ''}`);
    },
  });
  if (options.redisUrl) {
    const pub = createClient({ url: options.redisUrl });
    const sub = pub.duplicate();
    for (const client of [pub, sub]) client.on('error', (error: Error) => log(`redis: ${error.message}`));
    await Promise.all([pub.connect(), sub.connect()]);
    redisClients.push(pub, sub);
    io.adapter(createAdapter(pub, sub));
  }

  rooms = new Rooms(store, scenarios, {
    log: (code, entry) => io.to(code).emit(SERVER_EVENTS.log, entry),
    room: (code, meta, lastSeq) => io.to(code).emit(SERVER_EVENTS.room, summarize(meta, lastSeq)),
    debrief: (code, debrief) => io.to(code).emit(SERVER_EVENTS.debrief, debrief),
  }, log);
  const sockets = attachGameSockets(io, rooms, log);
  if (options.clock !== false) rooms.startClock();

  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(options.port ?? 8787, options.host ?? '127.0.0.1', () => resolve());
  });
  const address = http.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const running = rooms;
  return {
    url: `http://${host}:${address.port}`,
    port: address.port,
    rooms: running,
    io,
    async close() {
      running.stopClock();
      // Connections leave their rooms (and say so) while the store and the adapter still work.
      // (Only this process's connections: through the Redis adapter, io.disconnectSockets would
      // close every process's.)
      io.local.disconnectSockets(true);
      await new Promise((resolve) => setImmediate(resolve));
      await sockets.settled();
      await new Promise<void>((resolve) => io.close(() => resolve()));
      await store.close();
      await Promise.all(redisClients.map((c) => c.quit().catch(() => undefined)));
    },
  };
}

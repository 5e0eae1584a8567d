// npm run loadtest -- --url http://127.0.0.1:8787 --rooms 50 --clients 6 --minutes 2
// (--url a,b: several processes sharing rooms through Redis; each room's people are spread over them)
// Plays many game-day rooms at once against a running server (loopback only): each room has a
// facilitator and `clients` players in seats, who act every few seconds as their seat would. At the
// end the facilitator ends each room and every client's state hash is compared with the server's.
// Stops by itself; the last line printed is one JSON object:
//   { "rooms", "clients", "actions", "desyncs", "errors", "p95RoundTripMs" }
import { parseArgs } from 'node:util';
import type { Action } from '../src/engine/types';
import { connectGameday, type GamedayClient } from '../src/gameday/client';
import { SEATS, type DebriefEvent, type Seat } from '../src/gameday/protocol';
import { botMove } from '../src/gameday/seatBots';

function fail(message: string): never {
  console.error(`loadtest: ${message}`);
  console.error('usage: npm run loadtest -- --url http://127.0.0.1:8787 --rooms 50 --clients 6 --minutes 2 [--scenario checkout-bad-deploy] [--speed 2]');
  process.exit(2);
}

function options() {
  let values;
  try {
    ({ values } = parseArgs({
      options: { url: { type: 'string' }, rooms: { type: 'string' }, clients: { type: 'string' }, minutes: { type: 'string' }, scenario: { type: 'string' }, speed: { type: 'string' } },
    }));
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
  const urls = (values.url ?? fail('--url is required')).split(',').map((url) => {
    let parsed: URL;
    try {
      parsed = new URL(url.trim());
    } catch {
      fail(`--url is not a URL: ${url}`);
    }
    if (!['127.0.0.1', 'localhost', '[::1]'].includes(parsed.hostname)) fail(`--url must be a loopback address (127.0.0.1, localhost, [::1]); got ${parsed.hostname}`);
    return parsed.origin;
  });
  const int = (name: string, text: string | undefined, fallback: number, max: number) => {
    const value = text === undefined ? fallback : Number(text);
    if (!Number.isFinite(value) || value <= 0 || value > max) fail(`--${name} must be a number from 1 to ${max}`);
    return value;
  };
  const speed = int('speed', values.speed, 2, 8);
  if (![1, 2, 4, 8].includes(speed)) fail('--speed must be 1, 2, 4 or 8');
  return {
    urls,
    rooms: Math.floor(int('rooms', values.rooms, 50, 500)),
    clients: Math.floor(int('clients', values.clients, 6, 50)),
    minutes: int('minutes', values.minutes, 2, 30),
    scenario: values.scenario ?? 'checkout-bad-deploy',
    speed: speed as 1 | 2 | 4 | 8,
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const opts = options();
const ACT_EVERY_MS = 3000;
// A hard stop, whatever happens: the run plus time to connect and wind down.
const hardStop = setTimeout(() => {
  console.error('loadtest: hard time limit reached; stopping');
  process.exit(1);
}, opts.minutes * 60_000 + 120_000);
hardStop.unref();

interface Player {
  client: GamedayClient;
  seat: Seat | 'spectator';
  room: number;
}

const stats = { actions: 0, errors: 0, roundTrips: [] as number[] };
const errorSamples: string[] = [];
const noteError = (what: string) => {
  stats.errors += 1;
  if (errorSamples.length < 10) errorSamples.push(what);
};

async function setUpRoom(index: number): Promise<{ facilitator: GamedayClient; players: Player[]; code: string } | null> {
  const urlFor = (k: number) => opts.urls[(index + k) % opts.urls.length]!;
  const facilitator = connectGameday(urlFor(0), { ackTimeoutMs: 15_000 });
  facilitator.onError((e) => noteError(`room ${index} facilitator: ${e.code} ${e.message}`));
  const created = await facilitator.createRoom({ scenarioId: opts.scenario, seed: index + 1 });
  if (!created.ok) {
    noteError(`room ${index}: create failed: ${created.error.message}`);
    facilitator.close();
    return null;
  }
  const players: Player[] = [];
  for (let i = 0; i < opts.clients; i++) {
    const seat: Seat | 'spectator' = i < SEATS.length ? SEATS[i]! : 'spectator';
    const client = connectGameday(urlFor(i + 1), { ackTimeoutMs: 15_000 });
    client.onError((e) => noteError(`room ${index} ${seat}: ${e.code} ${e.message}`));
    const joined = await client.join(created.code, `Load ${index}-${i}`, seat);
    if (!joined.ok) noteError(`room ${index} ${seat}: join failed: ${joined.error.message}`);
    players.push({ client, seat, room: index });
  }
  for (const [what, ack] of [
    ['speed', await facilitator.speed(opts.speed)],
    ['start', await facilitator.start()],
  ] as const) {
    if (!ack.ok) noteError(`room ${index}: ${what} failed: ${'error' in ack ? ack.error.message : ack.rejection.message}`);
  }
  return { facilitator, players, code: created.code };
}

/** What a player in this seat does now: the seat's duties, else a line in the channel. */
function nextAction(player: Player, turn: number): Action | null {
  const state = player.client.state;
  if (!state || state.phase !== 'running' || player.seat === 'spectator') return null;
  const duty = botMove(state, player.seat, new Set(SEATS));
  if (duty) return duty;
  return { type: 'message/posted', place: turn % 5 === 0 ? 'thread' : 'main', kind: 'chatter', text: `${player.seat} checking in (${turn})` };
}

async function play(player: Player, until: number): Promise<void> {
  // Spread the players' turns over the interval.
  await sleep(Math.floor(Math.random() * ACT_EVERY_MS));
  for (let turn = 0; Date.now() < until; turn++) {
    const action = nextAction(player, turn);
    if (action) {
      const sent = Date.now();
      const ack = await player.client.act(action);
      stats.roundTrips.push(Date.now() - sent);
      stats.actions += 1;
      if (!ack.ok && 'error' in ack) noteError(`room ${player.room} ${player.seat}: act failed: ${ack.error.code} ${ack.error.message}`);
    }
    await sleep(ACT_EVERY_MS);
  }
}

function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function main() {
  console.error(`loadtest: ${opts.rooms} rooms x ${opts.clients} clients on ${opts.urls.join(' + ')} for ${opts.minutes} min (${opts.scenario}, speed ${opts.speed})`);
  const rooms: NonNullable<Awaited<ReturnType<typeof setUpRoom>>>[] = [];
  // Rooms open a few at a time, as people arrive.
  for (let i = 0; i < opts.rooms; i += 10) {
    const batch = await Promise.all(Array.from({ length: Math.min(10, opts.rooms - i) }, (_, k) => setUpRoom(i + k)));
    for (const room of batch) if (room) rooms.push(room);
  }
  const players = rooms.flatMap((r) => r.players);
  console.error(`loadtest: ${rooms.length} rooms and ${players.length} clients connected; playing`);
  const until = Date.now() + opts.minutes * 60_000;
  const progress = setInterval(() => console.error(`loadtest: ${stats.actions} actions, ${stats.errors} errors, p95 ${percentile(stats.roundTrips, 95)} ms`), 15_000);
  await Promise.all(players.map((p) => play(p, until)));
  clearInterval(progress);

  // The end: every room's debrief carries the server's final hash.
  const debriefs = await Promise.all(
    rooms.map(async (room) => {
      const got = new Promise<DebriefEvent>((resolve) => {
        if (room.facilitator.debrief) resolve(room.facilitator.debrief);
        room.facilitator.onDebrief(resolve);
      });
      const ended = await room.facilitator.end();
      if (!ended.ok && 'error' in ended && ended.error.code !== 'room-ended') noteError(`room ${room.code}: end failed: ${ended.error.message}`);
      return Promise.race([got, sleep(20_000).then(() => null)]);
    }),
  );
  let desyncs = 0;
  await Promise.all(
    rooms.map(async (room, i) => {
      const debrief = debriefs[i];
      if (!debrief) {
        noteError(`room ${room.code}: no debrief`);
        return;
      }
      for (const member of room.players.map((p) => p.client)) {
        const deadline = Date.now() + 10_000;
        while (member.lastSeq < debrief.lastSeq && Date.now() < deadline) await sleep(50);
        if (member.desync || member.stateHash() !== debrief.finalHash) desyncs += 1;
      }
    }),
  );
  for (const room of rooms) {
    room.facilitator.close();
    for (const p of room.players) p.client.close();
  }
  if (errorSamples.length > 0) console.error(`loadtest: first errors:\n  ${errorSamples.join('\n  ')}`);
  console.log(JSON.stringify({ rooms: rooms.length, clients: players.length, actions: stats.actions, desyncs, errors: stats.errors, p95RoundTripMs: percentile(stats.roundTrips, 95) }));
  process.exit(0);
}

main().catch((error: unknown) => {
  console.error(`loadtest: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exit(1);
});

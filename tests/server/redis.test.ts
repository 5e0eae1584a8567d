// Two server processes' worth of servers sharing rooms through a Redis the test starts on a free
// loopback port (Debian's redis-server; .ci/run installs it when missing).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stateHash } from '../../src/gameday/stateHash';
import { client, hasRedis, startRedis, testServer, until } from './harness';

let redis: Awaited<ReturnType<typeof startRedis>> | null = null;
let redisUrl = '';

beforeAll(async () => {
  if (!hasRedis) return;
  redis = await startRedis();
  redisUrl = redis.url;
});

afterAll(async () => {
  await redis?.stop();
});

describe.skipIf(!hasRedis)('two game-day servers sharing rooms through Redis', () => {
  it('serve one room: joins and actions on either process land in one ordered log every client agrees on', async () => {
    const a = await testServer({ redisUrl });
    const b = await testServer({ redisUrl });
    expect(await (await fetch(`${a.url}/healthz`)).json()).toMatchObject({ ok: true, store: 'redis' });

    const facilitator = client(a.url);
    const created = await facilitator.createRoom({ scenarioId: 'checkout-bad-deploy', seed: 11 });
    if (!created.ok) throw new Error(created.error.message);
    const code = created.code;
    const ic = client(b.url);
    const comms = client(a.url);
    const wall = client(b.url);
    expect(await ic.join(code, 'Alex', 'ic')).toMatchObject({ ok: true, role: 'ic' });
    expect(await comms.join(code, 'Bo', 'comms')).toMatchObject({ ok: true });
    expect(await wall.join(code, 'Projector', 'spectator')).toMatchObject({ ok: true });
    // A seat held through one process is held on the other.
    expect(await client(a.url).join(code, 'Mallory', 'ic')).toMatchObject({ ok: false, error: { code: 'seat-taken' } });
    await until('the facilitator on A sees the player who joined on B', () => facilitator.room?.seats.find((s) => s.seat === 'ic')?.name === 'Alex');

    await facilitator.start();
    await facilitator.speed(4);
    // Both processes serve the room; only the lease holder's clock ticks.
    for (let round = 0; round < 6; round++) {
      await Promise.all([a.rooms.tick(code), b.rooms.tick(code)]);
      await Promise.all([
        ic.act({ type: 'message/posted', place: 'main', kind: 'chatter', text: `ic ${round}` }),
        comms.act({ type: 'message/posted', place: 'main', kind: 'chatter', text: `comms ${round}` }),
      ]);
    }
    await ic.act({ type: 'command/claimed' });
    expect(await facilitator.inject({ kind: 'scripted', id: 'support-twitter' })).toMatchObject({ ok: true });

    const onA = (await a.rooms.game(code))!;
    const onB = (await b.rooms.game(code))!;
    expect(onB.lastSeq).toBe(onA.lastSeq);
    expect(stateHash(onB.game)).toBe(stateHash(onA.game));
    expect(onA.game.log.filter((e) => e.action.type === 'clock/advanced')).toHaveLength(6);
    expect(onA.game.time).toBe(24);
    const everyone = [facilitator, ic, comms, wall];
    await until('every client caught up', () => everyone.every((c) => c.lastSeq === onA.lastSeq));
    expect(new Set(everyone.map((c) => c.stateHash()))).toEqual(new Set([stateHash(onA.game)]));
    expect(everyone.map((c) => c.desync)).toEqual([null, null, null, null]);
    expect(ic.state?.messages.filter((m) => /^(ic|comms) \d$/.test(m.text))).toHaveLength(12);
  });

  it('lets a dropped player rejoin its seat through the other process and catch up', async () => {
    const a = await testServer({ redisUrl });
    const b = await testServer({ redisUrl });
    const facilitator = client(a.url);
    const created = await facilitator.createRoom({ scenarioId: 'db-pool-exhaustion', seed: 5 });
    if (!created.ok) throw new Error(created.error.message);
    const ops = client(b.url);
    const joined = await ops.join(created.code, 'Olu', 'ops');
    if (!joined.ok) throw new Error(joined.error.message);
    await facilitator.start();
    await a.rooms.tick(created.code);
    await until('ops saw the first tick', () => ops.lastSeq >= 1);
    const before = ops.lastSeq;
    ops.close();
    for (let i = 0; i < 4; i++) await a.rooms.tick(created.code);
    await facilitator.inject({ kind: 'scripted', id: 'marketing-second-push' });
    const again = client(a.url);
    const back = await again.rejoin(created.code, joined.token);
    expect(back).toMatchObject({ ok: true, role: 'ops' });
    const latest = (await a.rooms.game(created.code))!;
    expect(again.lastSeq).toBe(latest.lastSeq);
    expect(again.lastSeq).toBeGreaterThan(before);
    expect(again.stateHash()).toBe(stateHash(latest.game));
    expect(again.state?.messages.some((m) => m.from === 'felix' && /reminder push/.test(m.text))).toBe(true);
  });
});

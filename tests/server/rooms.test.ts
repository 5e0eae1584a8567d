import { io as rawSocket } from 'socket.io-client';
import { describe, expect, it } from 'vitest';
import { JOIN_CODE_ALPHABET, type ErrorEvent } from '../../src/gameday/protocol';
import { client, roomOn, testServer, until } from './harness';

describe('game-day rooms', () => {
  it('creates a room with a short unambiguous join code and a facilitator link', async () => {
    const server = await testServer();
    const { created, facilitator } = await roomOn(server);
    if (!created.ok) throw new Error('room');
    expect(created.code).toMatch(new RegExp(`^[${JOIN_CODE_ALPHABET}]{6}$`));
    expect(created.code).not.toMatch(/[01OIL]/);
    expect(created.facilitatorLink).toBe(`/#/gameday/${created.code}/facilitator?token=${created.facilitatorToken}`);
    expect(created.room).toMatchObject({ scenarioId: 'checkout-bad-deploy', seed: 7, mode: 'practice', phase: 'lobby', paused: false, speed: 1, facilitatorConnected: true });
    expect(created.room.seats.map((s) => [s.seat, s.bot])).toEqual([
      ['ic', true],
      ['deputy', true],
      ['ops', true],
      ['comms', true],
      ['scribe', true],
      ['sme', true],
    ]);
    expect(facilitator.role).toBe('facilitator');
    expect(facilitator.state?.players).toEqual(['ic', 'deputy', 'ops', 'comms', 'scribe', 'sme']);
  });

  it('seats players: a person replaces the seat bot, a held seat is refused, spectators watch', async () => {
    const server = await testServer();
    const { code, facilitator } = await roomOn(server);
    const alex = client(server.url);
    const joined = await alex.join(code, 'Alex', 'ic');
    expect(joined).toMatchObject({ ok: true, role: 'ic' });
    const bo = client(server.url);
    expect(await bo.join(code, 'Bo', 'ic')).toMatchObject({ ok: false, error: { code: 'seat-taken' } });
    expect(await bo.join(code.toLowerCase(), 'Bo', 'comms')).toMatchObject({ ok: true, role: 'comms' });
    const wall = client(server.url);
    expect(await wall.join(code, 'Projector', 'spectator')).toMatchObject({ ok: true, role: 'spectator' });
    await until('the facilitator sees three people', () => facilitator.room?.spectators === 1 && facilitator.room.seats.filter((s) => !s.bot).length === 2);
    expect(facilitator.room?.seats.find((s) => s.seat === 'ic')).toEqual({ seat: 'ic', name: 'Alex', bot: false, connected: true });
    expect(await client(server.url).join('ZZZZZZ', 'Cy', 'ops')).toMatchObject({ ok: false, error: { code: 'unknown-room' } });
  });

  it('orders actions from several seats into one log every client applies the same way', async () => {
    const server = await testServer();
    const { code, facilitator } = await roomOn(server);
    const ic = client(server.url);
    const comms = client(server.url);
    await ic.join(code, 'Alex', 'ic');
    await comms.join(code, 'Bo', 'comms');
    await facilitator.start();
    const acts = await Promise.all([
      ic.act({ type: 'command/claimed' }),
      comms.act({ type: 'message/posted', place: 'main', kind: 'chatter', text: 'Here.' }),
      ic.act({ type: 'severity/declared', level: 2 }),
      comms.act({ type: 'message/posted', place: 'stakeholders', kind: 'status', text: 'Checkout is failing; investigating.' }),
    ]);
    for (let i = 0; i < 3; i++) await server.rooms.tick(code);
    const seqs = acts.map((a) => (a.ok ? a.seq : -1));
    expect(new Set(seqs).size).toBe(4);
    const server_ = await server.rooms.game(code);
    await until('all clients caught up', () => [facilitator, ic, comms].every((c) => c.lastSeq === server_!.lastSeq));
    const hashes = [facilitator, ic, comms].map((c) => c.stateHash());
    expect(new Set(hashes).size).toBe(1);
    expect([facilitator, ic, comms].map((c) => c.desync)).toEqual([null, null, null]);
    // The server set `by` to each sender's seat.
    expect(ic.state?.command.ic).toBe('ic');
    expect(ic.state?.messages.some((m) => m.from === 'comms' && m.place === 'stakeholders')).toBe(true);
    expect(ic.state?.log.filter((e) => e.action.type === 'clock/advanced')).toHaveLength(3);
  });

  it('returns an engine refusal to the sender as data', async () => {
    const server = await testServer();
    const { code } = await roomOn(server);
    const deputy = client(server.url);
    await deputy.join(code, 'Dee', 'deputy');
    const result = await deputy.act({ type: 'role/assigned', role: 'scribe', to: 'arjun' });
    expect(result).toMatchObject({ ok: false, rejection: { code: 'not-commander' } });
  });

  it('rejoins a dropped seat and receives everything it missed', async () => {
    const server = await testServer();
    const { code, facilitator } = await roomOn(server);
    await facilitator.start();
    const ic = client(server.url);
    const ops = client(server.url);
    await ic.join(code, 'Alex', 'ic');
    await ops.join(code, 'Olu', 'ops');
    await ic.act({ type: 'command/claimed' });
    await until('ops saw the claim', () => ops.state?.command.ic === 'ic');
    const seenBefore = ops.lastSeq;
    // The connection drops (the transport closes under it, as on a flaky network).
    ops.socket.io.engine.close();
    await until('ops noticed the drop', () => ops.connection !== 'connected');
    await ic.act({ type: 'severity/declared', level: 2 });
    for (let i = 0; i < 5; i++) await server.rooms.tick(code);
    await ic.act({ type: 'page/sent', to: 'maya' });
    const latest = (await server.rooms.game(code))!;
    await until('ops is back in its seat and caught up', () => ops.connection === 'connected' && ops.lastSeq === latest.lastSeq, 15_000);
    expect(ops.lastSeq).toBeGreaterThan(seenBefore + 6);
    expect(ops.role).toBe('ops');
    expect(ops.stateHash()).toBe(ic.stateHash());
    expect(ops.state?.severity.level).toBe(2);
    expect(ops.desync).toBeNull();
    // The seat is still Olu's: nobody else can take it.
    expect(await client(server.url).join(code, 'Mallory', 'ops')).toMatchObject({ ok: false, error: { code: 'seat-taken' } });
  });

  it('refuses bad and unauthorized messages with an error event and a log line, and the room plays on', async () => {
    const server = await testServer();
    const { code, facilitator } = await roomOn(server);
    const ic = client(server.url);
    const wall = client(server.url);
    await ic.join(code, 'Alex', 'ic');
    await wall.join(code, 'Projector', 'spectator');
    const errors: ErrorEvent[] = [];
    ic.onError((e) => errors.push(e));

    expect(await wall.act({ type: 'command/claimed' })).toMatchObject({ ok: false, error: { code: 'not-allowed' } });
    expect(await ic.pause()).toMatchObject({ ok: false, error: { code: 'not-allowed' } });
    expect(await ic.inject({ kind: 'message', from: 'sam', place: 'main', text: 'boo' })).toMatchObject({ ok: false, error: { code: 'not-allowed' } });
    expect(await ic.act({ type: 'clock/advanced', seconds: 600 })).toMatchObject({ ok: false, error: { code: 'not-allowed' } });
    expect(await ic.act({ type: 'facilitator/ended' })).toMatchObject({ ok: false, error: { code: 'not-allowed' } });
    expect(await ic.act({ type: 'severity/declared', level: 9 } as never)).toMatchObject({ ok: false, error: { code: 'bad-message', message: expect.stringContaining('level') } });
    const spoof = await ic.act({ type: 'message/posted', by: 'comms', place: 'main', kind: 'chatter', text: 'I am comms' });
    expect(spoof.ok).toBe(true);
    await until('the spoof landed', () => ic.state?.messages.some((m) => m.text === 'I am comms') === true);
    expect(ic.state?.messages.find((m) => m.text === 'I am comms')?.from).toBe('ic');

    // Raw junk from a socket that bypasses the client library.
    const raw = rawSocket(server.url, { transports: ['websocket'] });
    const rawErrors: ErrorEvent[] = [];
    raw.on('room:error', (e: ErrorEvent) => rawErrors.push(e));
    await new Promise<void>((resolve) => raw.on('connect', () => resolve()));
    expect(await raw.timeout(2000).emitWithAck('game:act', { action: { type: 'command/claimed' } })).toMatchObject({ ok: false, error: { code: 'not-joined' } });
    expect(await raw.timeout(2000).emitWithAck('room:join', 'not an object')).toMatchObject({ ok: false, error: { code: 'bad-message' } });
    expect(await raw.timeout(2000).emitWithAck('room:rejoin', { code, token: 'x'.repeat(32), lastSeq: 0 })).toMatchObject({ ok: false, error: { code: 'bad-token' } });
    raw.emit('room:join', { code, name: 'No ack', seat: 'ops', extra: 1 });
    raw.emit('hack:server', { rm: '-rf' });
    await until('raw socket got its error events', () => rawErrors.length >= 5);
    expect(rawErrors.map((e) => e.code)).toContain('bad-message');
    raw.close();

    expect(errors.map((e) => e.code)).toEqual(expect.arrayContaining(['not-allowed', 'bad-message']));
    expect(server.lines.some((l) => /refused: bad-message/.test(l))).toBe(true);
    expect(server.lines.some((l) => /unknown message: hack:server/.test(l))).toBe(true);
    // The room is fine.
    expect(await ic.act({ type: 'command/claimed' })).toMatchObject({ ok: true });
    await facilitator.start();
    await server.rooms.tick(code);
    await until('facilitator caught up', () => facilitator.state?.command.ic === 'ic');
  });

  it('rate limits a flooding connection', async () => {
    const server = await testServer();
    const { code } = await roomOn(server);
    const ic = client(server.url);
    await ic.join(code, 'Alex', 'ic');
    const results = await Promise.all(Array.from({ length: 120 }, (_, i) => ic.act({ type: 'message/posted', place: 'main', kind: 'chatter', text: `spam ${i}` })));
    const limited = results.filter((r) => !r.ok && 'error' in r && r.error.code === 'rate-limited');
    expect(limited.length).toBeGreaterThan(0);
    // The burst allowance (40) goes through, give or take a token refilled or spent meanwhile.
    expect(results.filter((r) => r.ok).length).toBeGreaterThanOrEqual(35);
    expect(results.filter((r) => r.ok).length + limited.length).toBe(120);
    expect(server.lines.some((l) => /rate-limited/.test(l))).toBe(true);
  });

  it('closes a connection that keeps flooding, and only that one', async () => {
    const server = await testServer();
    const { code } = await roomOn(server);
    const other = client(server.url);
    await other.join(code, 'Bo', 'comms');
    const raw = rawSocket(server.url, { transports: ['websocket'], reconnection: false });
    await new Promise<void>((resolve) => raw.on('connect', () => resolve()));
    const closed = new Promise<void>((resolve) => raw.on('disconnect', () => resolve()));
    for (let i = 0; i < 400; i++) raw.emit('junk', i);
    await closed;
    expect(server.lines.filter((l) => /unknown message: junk/.test(l)).length).toBeLessThanOrEqual(41);
    expect(server.lines.some((l) => /kept flooding/.test(l))).toBe(true);
    expect(await other.act({ type: 'message/posted', place: 'main', kind: 'chatter', text: 'still here' })).toMatchObject({ ok: true });
  });

  it('says so when the server holds as many rooms in play as it can', async () => {
    const server = await testServer({ maxRooms: 1 });
    await roomOn(server);
    const second = await client(server.url).createRoom({ scenarioId: 'checkout-bad-deploy' });
    expect(second).toMatchObject({ ok: false, error: { code: 'server-error', message: expect.stringContaining('as many rooms as it can') } });
    expect(await client(server.url).createRoom({ scenarioId: 'no-such-drill' })).toMatchObject({ ok: false, error: { code: 'unknown-scenario' } });
  });

  it('serves the built game with its Content-Security-Policy, only files inside dist/, and /healthz', async () => {
    const server = await testServer();
    const health = await fetch(`${server.url}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ ok: true, store: 'memory' });
    const page = await fetch(`${server.url}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toBe("default-src 'self'; script-src 'self'; connect-src 'self' ws:; object-src 'none'");
    expect(await page.text()).toContain('<title>Firedrill</title>');
    for (const path of ['/../package.json', '/%2e%2e/package.json', '/..%2fpackage.json', '/nope.js']) {
      expect((await fetch(`${server.url}${path}`)).status, path).toBe(404);
    }
  });
});

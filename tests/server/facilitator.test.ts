import { describe, expect, it } from 'vitest';
import type { DebriefEvent } from '../../src/gameday/protocol';
import { stateHash } from '../../src/gameday/stateHash';
import { client, roomOn, testServer, until } from './harness';

describe('game-day facilitator', () => {
  it('injects one of the scenario optional injects and free ones; everyone sees them in order', async () => {
    const server = await testServer();
    const { code, facilitator } = await roomOn(server);
    const ic = client(server.url);
    await ic.join(code, 'Alex', 'ic');
    expect(await facilitator.inject({ kind: 'scripted', id: 'exec-asks-eta' })).toMatchObject({ ok: true });
    expect(await facilitator.inject({ kind: 'scripted', id: 'exec-asks-eta' })).toMatchObject({ ok: false, rejection: { code: 'not-available' } });
    expect(await facilitator.inject({ kind: 'scripted', id: 'no-such-inject' })).toMatchObject({ ok: false, rejection: { code: 'not-available' } });
    expect(await facilitator.inject({ kind: 'message', from: 'sam', place: 'main', text: 'Refund requests are piling up too.' })).toMatchObject({ ok: true });
    expect(await facilitator.inject({ kind: 'alert', service: 'checkout', severity: 'critical', alertname: 'CheckoutSaturation', summary: 'Checkout pods at 95% CPU' })).toMatchObject({ ok: true });
    expect(await facilitator.inject({ kind: 'metric-shift', service: 'catalog', baseline: { p99: 900 } })).toMatchObject({ ok: true });
    expect(await facilitator.inject({ kind: 'alert', service: 'nowhere', severity: 'info', alertname: 'X', summary: 'Y' })).toMatchObject({ ok: false, rejection: { code: 'unknown-service' } });
    const latest = (await server.rooms.game(code))!;
    await until('the player saw the injects', () => ic.lastSeq === latest.lastSeq);
    const state = ic.state!;
    expect(state.messages.some((m) => m.from === 'priya' && m.place === 'stakeholders' && /board is asking/.test(m.text))).toBe(true);
    expect(state.messages.some((m) => m.from === 'sam' && /Refund requests/.test(m.text))).toBe(true);
    expect(state.alerts.some((a) => a.alertname === 'CheckoutSaturation' && a.status === 'firing')).toBe(true);
    expect(state.baselines.catalog?.p99).toBe(900);
    expect(state.log.filter((e) => e.action.type === 'facilitator/injected').every((e) => 'by' in e.action && e.action.by === 'facilitator')).toBe(true);
    expect(ic.stateHash()).toBe(facilitator.stateHash());
  });

  it('starts, pauses, resumes and changes speed; the clock stops while paused and scales with speed', async () => {
    const server = await testServer();
    const { code, facilitator } = await roomOn(server);
    await server.rooms.tick(code);
    expect((await server.rooms.game(code))!.game.time).toBe(0); // the lobby has no clock
    await facilitator.start();
    await server.rooms.tick(code);
    expect((await server.rooms.game(code))!.game.time).toBe(1);
    await facilitator.pause();
    await until('the room shows paused', () => facilitator.room?.paused === true);
    await server.rooms.tick(code);
    expect((await server.rooms.game(code))!.game.time).toBe(1);
    await facilitator.resume();
    await facilitator.speed(4);
    await until('the room shows speed 4', () => facilitator.room?.speed === 4 && !facilitator.room.paused);
    await server.rooms.tick(code);
    expect((await server.rooms.game(code))!.game.time).toBe(5);
    expect(await facilitator.facilitate({ type: 'speed', speed: 3 } as never)).toMatchObject({ ok: false, error: { code: 'bad-message' } });
  });

  it('runs the clock by itself once a second', async () => {
    const server = await testServer({ clock: true });
    const { code, facilitator } = await roomOn(server);
    await facilitator.start();
    await until('two ticks arrived', () => (facilitator.state?.time ?? 0) >= 2, 5000);
    expect(facilitator.state?.log.filter((e) => e.action.type === 'clock/advanced').length).toBeGreaterThanOrEqual(2);
    expect(facilitator.desync).toBeNull();
    expect(code).toHaveLength(6);
  });

  it('refuses to pause an exam', async () => {
    const server = await testServer();
    const facilitator = client(server.url);
    const created = await facilitator.createRoom({ scenarioId: 'checkout-bad-deploy', seed: 3, mode: 'exam' });
    expect(created.ok && created.room.mode).toBe('exam');
    expect(await facilitator.pause()).toMatchObject({ ok: false, error: { code: 'not-allowed' } });
  });

  it('hints to a seat in the channel and arms a fallback that fires when its condition holds', async () => {
    const server = await testServer();
    const { code, facilitator } = await roomOn(server);
    const ops = client(server.url);
    await ops.join(code, 'Olu', 'ops');
    // Every seat but ops is a bot; take the IC seat too so nobody claims command.
    const ic = client(server.url);
    await ic.join(code, 'Alex', 'ic');
    expect(await facilitator.hint('ops', 'Have you looked at the deploy history?')).toMatchObject({ ok: true });
    expect(await facilitator.armFallback({ kind: 'message', from: 'dev', place: 'main', text: 'Who is running this incident?' }, { kind: 'no-commander', for: 120 })).toMatchObject({ ok: true });
    expect(await facilitator.armFallback({ kind: 'message', from: 'dev', place: 'main', text: 'x' }, { kind: 'person-paged', for: 0, person: 'nobody' })).toMatchObject({ ok: false, rejection: { code: 'unknown-person' } });
    await facilitator.start();
    await facilitator.speed(8);
    for (let i = 0; i < 16; i++) await server.rooms.tick(code);
    const latest = (await server.rooms.game(code))!;
    await until('ops caught up', () => ops.lastSeq === latest.lastSeq);
    const hint = ops.state!.messages.find((m) => m.from === 'facilitator');
    expect(hint).toMatchObject({ place: 'main', text: 'Hint for the operations lead: Have you looked at the deploy history?', mentions: ['ops'] });
    expect(ops.state!.fallbacks[0]).toMatchObject({ when: { kind: 'no-commander', for: 120 }, firedAt: 120 });
    expect(ops.state!.messages.some((m) => m.from === 'dev' && m.text === 'Who is running this incident?')).toBe(true);
  });

  it('lets a bot play the empty IC seat with the textbook moves', async () => {
    const server = await testServer();
    const { code, facilitator } = await roomOn(server);
    await facilitator.start();
    await facilitator.speed(8);
    for (let i = 0; i < 120 && facilitator.state?.command.ic === null; i++) await server.rooms.tick(code);
    const latest = (await server.rooms.game(code))!;
    expect(latest.game.command.ic).toBe('ic');
    expect(latest.game.log.some((e) => e.action.type === 'command/claimed' && 'by' in e.action && e.action.by === 'ic')).toBe(true);
    await until('the facilitator view caught up', () => facilitator.lastSeq === latest.lastSeq);
    expect(facilitator.stateHash()).toBe(stateHash(latest.game));
  });

  it('ends the game for everyone with a debrief that attributes findings to seats', async () => {
    const server = await testServer();
    const { code, facilitator } = await roomOn(server);
    const ic = client(server.url);
    const comms = client(server.url);
    const wall = client(server.url);
    await ic.join(code, 'Alex', 'ic');
    await comms.join(code, 'Bo', 'comms');
    await wall.join(code, 'Projector', 'spectator');
    const debriefs: DebriefEvent[] = [];
    for (const c of [facilitator, ic, comms, wall]) c.onDebrief((d) => debriefs.push(d));
    await facilitator.start();
    await facilitator.speed(8);
    for (let i = 0; i < 40; i++) await server.rooms.tick(code);
    await ic.act({ type: 'command/claimed' });
    await ic.act({ type: 'severity/declared', level: 1 });
    await comms.act({ type: 'message/posted', place: 'stakeholders', kind: 'status', text: 'Checkout payments are failing for most users; we are investigating.', fields: { impact: 'most users', status: 'investigating', next: 1200 } });
    await ic.act({ type: 'page/sent', to: 'maya' });
    expect(await facilitator.end()).toMatchObject({ ok: true });
    await until('four debriefs', () => debriefs.length === 4);
    const debrief = debriefs[0]!;
    expect(debriefs.every((d) => d.finalHash === debrief.finalHash && d.score.total === debrief.score.total)).toBe(true);
    expect(debrief.endReason).toBe('ended-early');
    expect(debrief.seats.find((s) => s.seat === 'ic')).toMatchObject({ name: 'Alex', bot: false });
    const seats = new Set(debrief.findings.map((f) => f.seat));
    expect(seats.has('ic')).toBe(true);
    expect(debrief.findings.find((f) => f.rule.startsWith('command.') && f.seat === 'ic')).toBeDefined();
    await until('the room shows ended', () => ic.room?.phase === 'ended');
    expect(ic.state?.phase).toBe('ended');
    expect(ic.stateHash()).toBe(debrief.finalHash);
    expect(await ic.act({ type: 'command/claimed' })).toMatchObject({ ok: false, rejection: { code: 'game-over' } });
    expect(await facilitator.resume()).toMatchObject({ ok: false, error: { code: 'room-ended' } });
    // Someone joining late still gets the debrief.
    const late = client(server.url);
    const joined = await late.join(code, 'Late', 'spectator');
    expect(joined.ok && joined.debrief?.finalHash).toBe(debrief.finalHash);
  });
});

import { describe, expect, it } from 'vitest';
import type { DebriefEvent } from '../../src/gameday/protocol';
import { stateHash } from '../../src/gameday/stateHash';
import { client, roomOn, testServer, until } from './harness';

describe('a room the bots play to the end', () => {
  it('ends by itself (resolved or time up) and sends the debrief to everyone watching', async () => {
    const server = await testServer();
    const { code, facilitator } = await roomOn(server, 'checkout-bad-deploy', 2);
    const wall = client(server.url);
    await wall.join(code, 'Projector', 'spectator');
    const debriefs: DebriefEvent[] = [];
    for (const c of [facilitator, wall]) c.onDebrief((d) => debriefs.push(d));
    await facilitator.start();
    await facilitator.speed(8);
    for (let i = 0; i < 500 && (await server.rooms.game(code))!.game.phase === 'running'; i++) await server.rooms.tick(code);
    const final = (await server.rooms.game(code))!;
    expect(final.game.phase).toBe('ended');
    expect(['resolved', 'time-up']).toContain(final.game.endReason);
    await until('both got the debrief', () => debriefs.length === 2);
    expect(debriefs[0]).toMatchObject({ finalHash: stateHash(final.game), lastSeq: final.lastSeq, endReason: final.game.endReason });
    // The bot commander's findings are the ic seat's.
    expect(debriefs[0]!.findings.some((f) => f.seat === 'ic')).toBe(true);
    expect(debriefs[0]!.seats.every((s) => s.bot)).toBe(true);
    await until('the projector caught up', () => wall.lastSeq === final.lastSeq);
    expect(wall.stateHash()).toBe(debriefs[0]!.finalHash);
    await until('the room shows ended', () => wall.room?.phase === 'ended');
  });
});

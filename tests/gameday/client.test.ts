import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Server } from 'socket.io';
import { afterEach, describe, expect, it } from 'vitest';
import { connectGameday, type GamedayClient } from '../../src/gameday/client';
import type { ErrorEvent } from '../../src/gameday/protocol';

const cleanup: (() => void)[] = [];
afterEach(() => {
  for (const done of cleanup.splice(0)) done();
});

/** A Socket.IO server that accepts connections and never answers anything. */
async function silentServer(): Promise<string> {
  const http = createServer();
  const io = new Server(http);
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', () => resolve()));
  cleanup.push(() => void io.close());
  return `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
}

const open = (url: string): GamedayClient => {
  const client = connectGameday(url, { ackTimeoutMs: 200 });
  cleanup.push(() => client.close());
  return client;
};

describe('game-day client', () => {
  it('turns a server that does not answer into an error result and one error event', async () => {
    const client = open(await silentServer());
    const errors: ErrorEvent[] = [];
    client.onError((e) => errors.push(e));
    const result = await client.createRoom({ scenarioId: 'checkout-bad-deploy' });
    expect(result).toEqual({ ok: false, error: { code: 'server-error', message: 'The server did not answer room:create in time.' } });
    expect(errors).toEqual([result.ok ? null : result.error]);
    expect(client.state).toBeNull();
    expect(client.stateHash()).toBeNull();
  });

  it('refuses to act or rejoin before joining a room, without a round trip', async () => {
    const client = open(await silentServer());
    expect(await client.act({ type: 'command/claimed' })).toMatchObject({ ok: false, error: { code: 'not-joined' } });
    expect(await client.rejoin()).toMatchObject({ ok: false, error: { code: 'not-joined' } });
  });

  it('reports its connection state', async () => {
    const client = open(await silentServer());
    const states: string[] = [];
    client.onConnection((s) => states.push(s));
    await new Promise<void>((resolve) => client.socket.on('connect', () => resolve()));
    client.close();
    expect(states).toEqual(['connected', 'disconnected']);
  });
});

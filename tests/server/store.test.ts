// The two room stores keep the same promises: appends only at the expected length, compare-and-set
// metadata, one clock lease holder at a time.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newRoomMeta } from '../../src/gameday/room';
import { RedisStore } from '../../src/server/redisStore';
import { MemoryStore, StoreFullError, type RoomStore } from '../../src/server/store';
import { hasRedis, startRedis } from './harness';

let redis: Awaited<ReturnType<typeof startRedis>> | null = null;
beforeAll(async () => {
  if (hasRedis) redis = await startRedis();
});
afterAll(async () => {
  await redis?.stop();
});

const meta = (code: string) => newRoomMeta({ code, scenarioId: 'checkout-bad-deploy', scenarioTitle: 'Checkout', mode: 'practice', seed: 1, facilitator: 'f' });
const entry = (seq: number) => ({ seq, action: { type: 'clock/advanced' as const, seconds: 1 }, hash: `h${seq}` });

const stores: [string, () => Promise<RoomStore>][] = [['memory', async () => new MemoryStore()]];
if (hasRedis) stores.push(['redis', async () => RedisStore.connect(redis!.url)]);

describe.each(stores)('%s room store', (_name, open) => {
  it('creates a room once per code', async () => {
    const store = await open();
    expect(await store.createRoom(meta('AAAAA2'))).toBe(true);
    expect(await store.createRoom(meta('AAAAA2'))).toBe(false);
    expect((await store.getMeta('AAAAA2'))?.code).toBe('AAAAA2');
    expect(await store.getMeta('NOROOM')).toBeNull();
    await store.close();
  });

  it('appends only at the expected length, so two writers never share a seq', async () => {
    const store = await open();
    await store.createRoom(meta('BBBBB2'));
    expect(await store.append('BBBBB2', 0, entry(1))).toBe(true);
    const race = await Promise.all([store.append('BBBBB2', 1, entry(2)), store.append('BBBBB2', 1, entry(2))]);
    expect(race.filter(Boolean)).toHaveLength(1);
    expect(await store.append('BBBBB2', 1, entry(2))).toBe(false);
    expect(await store.append('BBBBB2', 2, entry(5))).toBe(false);
    expect((await store.readLog('BBBBB2', 0)).map((e) => e.seq)).toEqual([1, 2]);
    expect((await store.readLog('BBBBB2', 1)).map((e) => e.seq)).toEqual([2]);
    await store.close();
  });

  it('changes metadata atomically: concurrent updates all land', async () => {
    const store = await open();
    await store.createRoom(meta('CCCCC2'));
    await Promise.all(Array.from({ length: 10 }, () => store.updateMeta('CCCCC2', (m) => ({ ...m, spectatorsConnected: m.spectatorsConnected + 1, version: m.version + 1 }))));
    expect((await store.getMeta('CCCCC2'))?.spectatorsConnected).toBe(10);
    expect(await store.updateMeta('NOROOM', (m) => m)).toBeNull();
    await store.close();
  });

  it('gives the clock lease to one holder until it lapses', async () => {
    const store = await open();
    await store.createRoom(meta('DDDDD2'));
    expect(await store.lease('DDDDD2', 'a', 200)).toBe(true);
    expect(await store.lease('DDDDD2', 'a', 200)).toBe(true);
    // In memory there is one process, always the holder; in Redis a second holder waits for the lapse.
    const shared = !(store instanceof MemoryStore);
    expect(await store.lease('DDDDD2', 'b', 200)).toBe(!shared);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await store.lease('DDDDD2', 'b', 200)).toBe(true);
    await store.close();
  });
});

describe('memory room store limits', () => {
  it('makes way for new rooms by dropping the oldest ended one, and refuses when every room is in play', async () => {
    const store = new MemoryStore(2);
    await store.createRoom(meta('EEEEE2'));
    await store.createRoom(meta('FFFFF2'));
    await store.updateMeta('FFFFF2', (m) => ({ ...m, phase: 'ended' }));
    expect(await store.createRoom(meta('GGGGG2'))).toBe(true);
    expect(await store.getMeta('FFFFF2')).toBeNull();
    expect(await store.getMeta('EEEEE2')).not.toBeNull();
    await expect(store.createRoom(meta('HHHHH2'))).rejects.toBeInstanceOf(StoreFullError);
  });
});

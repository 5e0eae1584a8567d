// Rooms in Redis, so several server processes serve one room. Each room has:
//   firedrill:room:<code>:meta   the metadata as JSON (compare-and-set by a Lua script)
//   firedrill:room:<code>:log    the ordered log, a list; an entry is appended only at the expected
//                                length (a Lua script), so two processes never both take a seq number
//   firedrill:room:<code>:lease  which process runs the room's clock (SET NX PX, renewed by its owner)
// Rooms expire a day after their last change.
import { createClient, type RedisClientType } from 'redis';
import type { LogEntry } from '../gameday/protocol';
import type { RoomMeta } from '../gameday/room';
import type { RoomStore } from './store';

const TTL_SECONDS = 24 * 3600;
const key = (code: string, part: 'meta' | 'log' | 'lease') => `firedrill:room:${code}:${part}`;

const APPEND = `
if redis.call('LLEN', KEYS[1]) ~= tonumber(ARGV[1]) then return 0 end
redis.call('RPUSH', KEYS[1], ARGV[2])
redis.call('EXPIRE', KEYS[1], ARGV[3])
return 1`;

const COMPARE_AND_SET = `
if redis.call('GET', KEYS[1]) ~= ARGV[1] then return 0 end
redis.call('SET', KEYS[1], ARGV[2], 'EX', ARGV[3])
return 1`;

const LEASE = `
local owner = redis.call('GET', KEYS[1])
if owner == false then redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2]) return 1 end
if owner == ARGV[1] then redis.call('PEXPIRE', KEYS[1], ARGV[2]) return 1 end
return 0`;


export class RedisStore implements RoomStore {
  private constructor(private readonly client: RedisClientType) {}

  static async connect(url: string): Promise<RedisStore> {
    const client = createClient({ url });
    client.on('error', () => {
      // Connection trouble is retried by the client; a failing command rejects where it is used.
    });
    await client.connect();
    return new RedisStore(client as unknown as RedisClientType);
  }

  async createRoom(meta: RoomMeta): Promise<boolean> {
    const created = await this.client.set(key(meta.code, 'meta'), JSON.stringify(meta), { condition: 'NX', expiration: { type: 'EX', value: TTL_SECONDS } });
    return created === 'OK';
  }

  async getMeta(code: string): Promise<RoomMeta | null> {
    const text = await this.client.get(key(code, 'meta'));
    return text === null ? null : (JSON.parse(text) as RoomMeta);
  }

  async updateMeta(code: string, change: (meta: RoomMeta) => RoomMeta | null): Promise<RoomMeta | null> {
    for (let attempt = 0; attempt < 50; attempt++) {
      const text = await this.client.get(key(code, 'meta'));
      if (text === null) return null;
      const current = JSON.parse(text) as RoomMeta;
      const next = change(current);
      if (next === null) return current;
      const written = await this.client.eval(COMPARE_AND_SET, { keys: [key(code, 'meta')], arguments: [text, JSON.stringify(next), String(TTL_SECONDS)] });
      if (written === 1) return next;
    }
    throw new Error(`room ${code}: its metadata kept changing under this update`);
  }

  async append(code: string, expectedLength: number, entry: LogEntry): Promise<boolean> {
    if (entry.seq !== expectedLength + 1) return false;
    const done = await this.client.eval(APPEND, { keys: [key(code, 'log')], arguments: [String(expectedLength), JSON.stringify(entry), String(TTL_SECONDS)] });
    return done === 1;
  }

  async readLog(code: string, after: number): Promise<LogEntry[]> {
    const items = await this.client.lRange(key(code, 'log'), Math.max(0, after), -1);
    return items.map((item) => JSON.parse(item) as LogEntry);
  }

  async lease(code: string, owner: string, ttlMs: number): Promise<boolean> {
    return (await this.client.eval(LEASE, { keys: [key(code, 'lease')], arguments: [owner, String(ttlMs)] })) === 1;
  }

  async close(): Promise<void> {
    await this.client.quit();
  }
}

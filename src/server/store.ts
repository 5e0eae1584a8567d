// Where rooms live: their metadata and their ordered logs. In memory for one process; in Redis when
// several processes serve the same rooms (see redisStore.ts). Both give the same guarantees: a log
// append succeeds only at the expected sequence number, and metadata changes are compare-and-set.
import type { LogEntry } from '../gameday/protocol';
import type { RoomMeta } from '../gameday/room';

export interface RoomStore {
  /** Adds a new room; false when the code is already in use. */
  createRoom(meta: RoomMeta): Promise<boolean>;
  getMeta(code: string): Promise<RoomMeta | null>;
  /**
   * Read-modify-write of a room's metadata, atomic across processes: `change` may run more than once
   * (when another process changed the room meanwhile) and returns null to leave it as it is.
   */
  updateMeta(code: string, change: (meta: RoomMeta) => RoomMeta | null): Promise<RoomMeta | null>;
  /** Appends at seq = (entries so far) + 1, only if the log holds exactly `expectedLength` entries. */
  append(code: string, expectedLength: number, entry: LogEntry): Promise<boolean>;
  /** Entries with seq > after, in order. */
  readLog(code: string, after: number): Promise<LogEntry[]>;
  /** Takes or renews the lease on a room's clock for `owner`; true while `owner` holds it. */
  lease(code: string, owner: string, ttlMs: number): Promise<boolean>;
  close(): Promise<void>;
}

/** The store holds as many rooms as it can: no new room until one ends. */
export class StoreFullError extends Error {}

export class MemoryStore implements RoomStore {
  private readonly metas = new Map<string, string>();
  private readonly logs = new Map<string, LogEntry[]>();

  /** At most `maxRooms` rooms; ended ones make way for new ones, oldest first. */
  constructor(private readonly maxRooms = 1000) {}

  async createRoom(meta: RoomMeta): Promise<boolean> {
    if (this.metas.has(meta.code)) return false;
    if (this.metas.size >= this.maxRooms) this.evictEnded();
    this.metas.set(meta.code, JSON.stringify(meta));
    this.logs.set(meta.code, []);
    return true;
  }

  private evictEnded(): void {
    for (const [code, text] of this.metas) {
      if ((JSON.parse(text) as RoomMeta).phase !== 'ended') continue;
      this.metas.delete(code);
      this.logs.delete(code);
      return;
    }
    throw new StoreFullError(`the server already holds ${this.maxRooms} rooms in play`);
  }

  async getMeta(code: string): Promise<RoomMeta | null> {
    const text = this.metas.get(code);
    return text === undefined ? null : (JSON.parse(text) as RoomMeta);
  }

  async updateMeta(code: string, change: (meta: RoomMeta) => RoomMeta | null): Promise<RoomMeta | null> {
    const text = this.metas.get(code);
    if (text === undefined) return null;
    const current = JSON.parse(text) as RoomMeta;
    const next = change(current);
    if (next === null) return current;
    this.metas.set(code, JSON.stringify(next));
    return next;
  }

  async append(code: string, expectedLength: number, entry: LogEntry): Promise<boolean> {
    const log = this.logs.get(code);
    if (!log || log.length !== expectedLength || entry.seq !== expectedLength + 1) return false;
    log.push(entry);
    return true;
  }

  async readLog(code: string, after: number): Promise<LogEntry[]> {
    return (this.logs.get(code) ?? []).slice(Math.max(0, after));
  }

  async lease(): Promise<boolean> {
    return true;
  }

  async close(): Promise<void> {}
}

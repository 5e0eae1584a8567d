// One step's working copy of the state. The state stays immutable: a section is copied the first
// time a step changes it (copy on write), so a step costs what it touches, not the size of the game.
import { nextRandom } from './rng';
import type { GameState, Message, ScheduledEvent } from './types';

type OwnableKey = {
  [K in keyof GameState]: GameState[K] extends readonly unknown[] | Record<string, unknown> ? K : never;
}[keyof GameState];

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
export type NewEvent = DistributiveOmit<ScheduledEvent, 'seq'>;

export class Tx {
  readonly s: GameState;
  private readonly owned = new Set<OwnableKey>();

  constructor(base: GameState) {
    this.s = { ...base };
  }

  /** A section this step may change in place (its elements must still be replaced, not edited). */
  own<K extends OwnableKey>(key: K): GameState[K] {
    if (!this.owned.has(key)) {
      const value = this.s[key];
      this.s[key] = (Array.isArray(value) ? value.slice() : { ...value }) as GameState[K];
      this.owned.add(key);
    }
    return this.s[key];
  }

  get scenario() {
    return this.s.scenario;
  }

  get now(): number {
    return this.s.time;
  }

  /** A number in [0, 1) from the game's own PRNG. */
  random(): number {
    const [value, next] = nextRandom(this.s.rng);
    this.s.rng = next;
    return value;
  }

  pick<T>(items: readonly T[]): T | undefined {
    if (items.length === 0) return undefined;
    return items[Math.floor(this.random() * items.length)];
  }

  /** Queues an event, keeping the queue in (time, sequence) order. */
  schedule(event: NewEvent): void {
    const queue = this.own('queue');
    const full = { ...event, seq: this.s.seq } as ScheduledEvent;
    this.s.seq += 1;
    let i = queue.length;
    while (i > 0 && queue[i - 1]!.at > full.at) i--;
    queue.splice(i, 0, full);
  }

  post(message: Omit<Message, 'id' | 'at'>): Message {
    const messages = this.own('messages');
    const full: Message = { id: messages.length, at: this.now, ...message };
    messages.push(full);
    return full;
  }
}

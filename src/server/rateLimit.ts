// A token bucket per connection: a burst is fine, a flood is not.
export class RateLimit {
  private tokens: number;
  private last: number;

  constructor(
    private readonly capacity = 40,
    private readonly perSecond = 20,
    private readonly now: () => number = () => Date.now(),
  ) {
    this.tokens = capacity;
    this.last = now();
  }

  /** Takes one token; false when the connection has used them all. */
  take(): boolean {
    const t = this.now();
    this.tokens = Math.min(this.capacity, this.tokens + ((t - this.last) / 1000) * this.perSecond);
    this.last = t;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}

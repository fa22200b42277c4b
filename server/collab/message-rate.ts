/** A token bucket for one connection's incoming messages: a burst, then a steady rate. */

export class MessageRate {
  private tokens: number;
  private updatedAt: number;
  /** The reason a sender over its rate is given. */
  readonly refusal: string;

  constructor(
    private readonly burst: number,
    private readonly perSecond: number,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.tokens = burst;
    this.refusal = `too many messages: at most ${perSecond} a second after a burst of ${burst}`;
    this.updatedAt = now();
  }

  /** Takes one message's worth; false when the sender is over its rate. */
  take(): boolean {
    const now = this.now();
    this.tokens = Math.min(this.burst, this.tokens + ((now - this.updatedAt) * this.perSecond) / 1000);
    this.updatedAt = now;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}

/** Per-person rate limits (token buckets) on every write: proposals, comments, revisions, support and the rest. */
import { createMiddleware } from 'hono/factory';
import type { ServerConfig } from '../config.js';
import type { AppEnv } from './auth.js';
import { errorBody } from './errors.js';
import { tagMiddleware } from './route-meta.js';

export interface RateLimitOptions {
  /** Requests allowed in a burst. */
  burst: number;
  /** Requests regained per minute. */
  perMinute: number;
}

export class TokenBuckets {
  private readonly buckets = new Map<string, { tokens: number; updatedAt: number }>();

  constructor(private readonly options: RateLimitOptions) {}

  /** Takes one request's worth; returns 0 when allowed, else the seconds to wait. */
  take(key: string, now = Date.now()): number {
    const rate = this.options.perMinute / 60_000;
    const bucket = this.buckets.get(key) ?? { tokens: this.options.burst, updatedAt: now };
    bucket.tokens = Math.min(this.options.burst, bucket.tokens + (now - bucket.updatedAt) * rate);
    bucket.updatedAt = now;
    this.buckets.set(key, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return Math.max(1, Math.ceil((1 - bucket.tokens) / rate / 1000));
  }
}

/** One server's allowances, shared by its routes. */
export class RateLimits {
  readonly proposals: TokenBuckets;
  readonly comments: TokenBuckets;
  readonly revise: TokenBuckets;
  readonly support: TokenBuckets;
  /**
   * Every other write. Each kind of write (decisions, statuses, invitations, …) has an allowance of
   * this size of its own: a chair who has just accepted a hundred amendments one by one must still be
   * able to close the amendment period or cut the revision at once.
   */
  readonly writes: TokenBuckets;

  constructor(config: Pick<ServerConfig, 'rateLimits' | 'writeLimits'>) {
    this.proposals = new TokenBuckets(config.rateLimits.proposals);
    this.comments = new TokenBuckets(config.rateLimits.comments);
    this.revise = new TokenBuckets(config.writeLimits.revise);
    this.support = new TokenBuckets(config.writeLimits.support);
    this.writes = new TokenBuckets(config.writeLimits.writes);
  }
}

/** `name` is what the refused caller did too often ("too many decisions at once"), and each name counts apart. */
export function rateLimit(name: string, buckets: TokenBuckets) {
  const middleware = createMiddleware<AppEnv>(async (c, next) => {
    const wait = buckets.take(`${name}:${c.var.person.id}`);
    if (wait > 0) {
      // Read the body before refusing: one left unread on a kept-alive connection breaks the caller's
      // next request on it ("other side closed"). The body limit bounds what this reads.
      await c.req.arrayBuffer().catch(() => undefined);
      c.header('Retry-After', String(wait));
      return c.json(errorBody('rate_limited', `too many ${name} at once: try again in ${wait} s`), 429);
    }
    await next();
  });
  return tagMiddleware(middleware, { kind: 'rate-limit', name });
}

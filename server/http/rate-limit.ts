/** Per-participant rate limit (a token bucket) for writes people can spam: proposals and comments. */
import { createMiddleware } from 'hono/factory';
import type { AppEnv } from './auth.js';
import { errorBody } from './errors.js';

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

export function rateLimit(name: string, buckets: TokenBuckets) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const wait = buckets.take(`${name}:${c.var.person.id}`);
    if (wait > 0) {
      c.header('Retry-After', String(wait));
      return c.json(errorBody('rate_limited', `too many ${name} at once: try again in ${wait} s`), 429);
    }
    await next();
  });
}

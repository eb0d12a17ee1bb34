import { createHash } from 'node:crypto';

import { Logger } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';

import { SESSION_COOKIE } from 'src/common/access/session-cookie';
import type { RateLimitsRepository } from 'src/common/http/rate-limits.repository';
import type { AppConfig } from 'src/config/app-config';

/** The general limit on /api: per session when the request carries one, and per address for every request. */
export function rateLimit(counter: RateLimitsRepository, config: AppConfig) {
  const logger = new Logger('RateLimit');
  const { perSession, perAddress, windowSeconds } = config.rateLimit;
  return async (req: Request, res: Response, next: NextFunction): Promise<void> => {
    // The health check stays cheap and answers even when the counters cannot be reached.
    if (req.path === '/health') return next();
    const limits = new Map<string, number>();
    if (perAddress > 0) limits.set(`address:${req.ip ?? 'unknown'}`, perAddress);
    const token = (req.cookies as Record<string, string | undefined> | undefined)?.[SESSION_COOKIE];
    // A made-up cookie gets a bucket of its own, but every request still counts against its address.
    if (token && perSession > 0)
      limits.set(
        `session:${createHash('sha256').update(`rate:${token}`).digest('hex')}`,
        perSession,
      );
    if (limits.size === 0) return next();
    let counts: Awaited<ReturnType<RateLimitsRepository['hit']>>;
    try {
      counts = await counter.hit([...limits.keys()], windowSeconds);
    } catch (err) {
      // Fail open: without the database the request's own statements answer 503.
      logger.warn(`rate limit not counted: ${(err as Error).message}`);
      return next();
    }
    const over = [...limits].flatMap(([key, limit]) => {
      const count = counts.get(key);
      return count && count.hits > limit ? [count.resetsInSeconds] : [];
    });
    if (over.length === 0) return next();
    const seconds = Math.max(...over);
    res.setHeader('Retry-After', String(seconds));
    res.status(429).json({
      statusCode: 429,
      error: 'Too Many Requests',
      message: `Too many requests; try again in ${seconds} seconds.`,
    });
  };
}

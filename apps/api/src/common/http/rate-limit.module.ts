import { Global, Module } from '@nestjs/common';

import { RateLimitsRepository } from 'src/common/http/rate-limits.repository';

/** The shared request counters: the general rate limit and the bound on audited anonymous refusals. */
@Global()
@Module({ providers: [RateLimitsRepository], exports: [RateLimitsRepository] })
export class RateLimitModule {}

import { Inject, Res } from '@nestjs/common';
import type { Response } from 'express';

import { ApiController, Endpoint } from 'src/common/http/endpoint';
import { APP_CONFIG, type AppConfig } from 'src/config/app-config';
import { Database } from 'src/database/database';
import { DatabaseInfo } from 'src/database/database-info';
import { HealthResponseDto } from 'src/modules/health/dto/health.response.dto';

const PROBE_TIMEOUT_MS = 2_000;

@ApiController('health')
export class HealthController {
  constructor(
    private readonly database: Database,
    private readonly info: DatabaseInfo,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Endpoint.get('', {
    summary:
      'Readiness and database status; 503 while the database is unreachable (down) or every connection is in use (busy)',
    access: 'public',
    response: HealthResponseDto,
    unavailable: HealthResponseDto,
  })
  async getHealth(@Res({ passthrough: true }) res: Response): Promise<HealthResponseDto> {
    const { status, pool } = await this.database.probe(PROBE_TIMEOUT_MS);
    // Busy clears as requests finish: retry soon; down waits for PostgreSQL to come back.
    if (status !== 'up') res.status(503).setHeader('Retry-After', status === 'busy' ? '1' : '5');
    return {
      status: status === 'up' ? 'ok' : status === 'busy' ? 'busy' : 'unavailable',
      database: { status, mode: this.info.mode, pool },
      version: this.config.version,
      demoMode: this.config.demo,
    };
  }
}

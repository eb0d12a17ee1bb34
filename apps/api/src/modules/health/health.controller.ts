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
    summary: 'Liveness and database status; 503 while the database is unreachable',
    access: 'public',
    response: HealthResponseDto,
    unavailable: HealthResponseDto,
  })
  async getHealth(@Res({ passthrough: true }) res: Response): Promise<HealthResponseDto> {
    const up = await this.database.ping(PROBE_TIMEOUT_MS);
    if (!up) res.status(503).setHeader('Retry-After', '5');
    return {
      status: up ? 'ok' : 'unavailable',
      database: { status: up ? 'up' : 'down', mode: this.info.mode },
      version: this.config.version,
      demoMode: this.config.demo,
    };
  }
}

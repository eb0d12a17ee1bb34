import type { HealthStatus } from '@khsae/domain';
import { Controller, Get, Inject, Res } from '@nestjs/common';
import {
  ApiOkResponse,
  ApiOperation,
  ApiServiceUnavailableResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { DataSource } from 'typeorm';

import { Public } from 'src/common/access/access.decorators';
import { APP_CONFIG, type AppConfig } from 'src/config/app-config';
import { DatabaseInfo } from 'src/database/database-info';

const PROBE_TIMEOUT_MS = 2_000;

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly database: DatabaseInfo,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get()
  @Public()
  @ApiOperation({ summary: 'Liveness and database status; 503 while the database is unreachable' })
  @ApiOkResponse({ description: 'Up' })
  @ApiServiceUnavailableResponse({ description: 'The database is unreachable' })
  async getHealth(@Res({ passthrough: true }) res: Response): Promise<HealthStatus> {
    const up = await this.probe();
    if (!up) res.status(503).setHeader('Retry-After', '5');
    return {
      status: up ? 'ok' : 'unavailable',
      database: { status: up ? 'up' : 'down', mode: this.database.mode },
      version: this.config.version,
      demoMode: this.config.demo,
    };
  }

  private async probe(): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(false), PROBE_TIMEOUT_MS);
    });
    const query = this.dataSource.query('SELECT 1').then(
      () => true,
      () => false,
    );
    const up = await Promise.race([query, timeout]);
    clearTimeout(timer);
    return up;
  }
}

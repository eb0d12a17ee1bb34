import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { runMigrations } from 'src/database/data-source';

/** The schema itself: the migrations the API applies before it answers. */
@Injectable()
export class StartupRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Applies pending migrations (one instance at a time); the names of those applied. */
  migrate(): Promise<string[]> {
    return runMigrations(this.dataSource);
  }
}

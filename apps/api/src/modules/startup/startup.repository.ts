import { Injectable } from '@nestjs/common';

import { migrateDatabase } from 'src/database/data-source';
import { DatabaseInfo } from 'src/database/database-info';

/** The schema itself: the migrations the API applies before it answers. */
@Injectable()
export class StartupRepository {
  constructor(private readonly info: DatabaseInfo) {}

  /** Applies pending migrations (one instance at a time, without request limits); the names of those applied. */
  migrate(): Promise<string[]> {
    if (!this.info.migrationUrl) throw new Error('no database to migrate');
    return migrateDatabase(this.info.migrationUrl, this.info.mode);
  }
}

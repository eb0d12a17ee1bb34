import type { DatabaseMode } from 'src/database/data-source';

/** Which database the API runs on, injected where it matters (health, startup). */
export class DatabaseInfo {
  /** `migrationUrl`: where migrations are applied at start (by default the API's own database). */
  constructor(
    readonly mode: DatabaseMode,
    readonly migrationUrl: string | null = null,
  ) {}
}

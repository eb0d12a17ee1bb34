import type { DatabaseMode } from 'src/database/data-source';

/** Which database the API runs on, injected where it matters (health, startup). */
export class DatabaseInfo {
  constructor(readonly mode: DatabaseMode) {}
}

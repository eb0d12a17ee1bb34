import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Search an investigator can trust, at a steady speed under writes:
 * - a btree on the search key finds exact keys (a code, a phone's E.164 digits) and prefixes by
 *   equality and range, whatever the query's length;
 * - the trigram index takes its entries at once (fastupdate off): with a pending list, every search
 *   scanned all entries written since the last vacuum, unindexed, which made searches several times
 *   slower under concurrent writes until autovacuum flushed it (docs/benchmarks.md);
 * - a victim's identity phone becomes a restricted search key (its digits, as searchKey makes of the
 *   E.164 value), so that those who may read the identity find the victim by it.
 */
export class SearchExactAndSteady1764662400000 implements MigrationInterface {
  name = 'SearchExactAndSteady1764662400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`SET LOCAL statement_timeout = 0`);
    await q.query(`CREATE INDEX idx_search_entries_key ON search_entries (key text_pattern_ops)`);
    await q.query(`ALTER INDEX idx_search_entries_key_trgm SET (fastupdate = off)`);
    await q.query(`INSERT INTO search_entries (record_kind, record_id, field, source, text, key, restricted, archived)
      SELECT 'victim', i.victim_id, 'identifier', 'phone', i.phone, regexp_replace(i.phone, '[^0-9]', '', 'g'),
             true, v.archived_at IS NOT NULL
        FROM victim_identities i JOIN victims v ON v.id = i.victim_id
       WHERE i.phone IS NOT NULL AND regexp_replace(i.phone, '[^0-9]', '', 'g') <> ''
         AND NOT EXISTS (SELECT 1 FROM search_entries s WHERE s.record_id = i.victim_id AND s.source = 'phone')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM search_entries WHERE record_kind = 'victim' AND source = 'phone'`);
    await q.query(`ALTER INDEX idx_search_entries_key_trgm RESET (fastupdate)`);
    await q.query(`DROP INDEX idx_search_entries_key`);
  }
}

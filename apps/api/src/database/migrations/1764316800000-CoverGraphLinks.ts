import type { MigrationInterface, QueryRunner } from 'typeorm';

const COVER = {
  from: 'idx_links_from_id ON links (from_id) INCLUDE (to_id, to_kind, type, confidence, started_on, ended_on, id)',
  to: 'idx_links_to_id ON links (to_id) INCLUDE (from_id, from_kind, type, confidence, started_on, ended_on, id)',
};
const BEFORE = {
  from: 'idx_links_from_id ON links (from_id) INCLUDE (to_id, type, confidence, id)',
  to: 'idx_links_to_id ON links (to_id) INCLUDE (from_id, type, confidence, id)',
};

/**
 * The graph's two link indexes also carry the other end's kind and the link's dates: every hop of a
 * neighbourhood or path search, with its kind and date filters, is then answered from the index alone,
 * without reading a table row per link (measured in docs/benchmarks.md).
 */
export class CoverGraphLinks1764316800000 implements MigrationInterface {
  name = 'CoverGraphLinks1764316800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX idx_links_from_id, idx_links_to_id`);
    for (const index of Object.values(COVER))
      await q.query(`CREATE INDEX ${index} WHERE archived_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX idx_links_from_id, idx_links_to_id`);
    for (const index of Object.values(BEFORE))
      await q.query(`CREATE INDEX ${index} WHERE archived_at IS NULL`);
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A record's write is one statement (row, search keys, audit row), so whatever the write must hold
 * is said in it or in the schema:
 * - each search key says which property of its record it was made from (`source`: nameLatin,
 *   aliases, refCode, …); a write replaces the keys of the properties it sets and nothing else, so an
 *   update needs neither the rest of the record nor a second statement. Existing keys are attributed
 *   by matching their text to the record;
 * - a compound's position is both coordinates or neither, a rule the service checked after writing.
 */
export class OneStatementWrites1764403200000 implements MigrationInterface {
  name = 'OneStatementWrites1764403200000';

  async up(q: QueryRunner): Promise<void> {
    // Each migration runs in its own transaction: the server's 30 s limit is for requests, not this.
    await q.query(`SET LOCAL statement_timeout = 0`);
    await q.query(`ALTER TABLE search_entries ADD COLUMN source text NOT NULL DEFAULT ''`);
    // One pass with hash joins: a national registry holds hundreds of thousands of keys.
    await q.query(`UPDATE search_entries s SET source = x.source FROM (
        SELECT s.id, CASE
            WHEN s.field = 'identifier' THEN 'identifiers'
            WHEN s.field = 'code' AND s.record_kind IN ('victim', 'place') THEN 'code'
            WHEN s.field = 'code' THEN 'refCode'
            WHEN s.field = 'alias' AND s.record_kind = 'place' THEN 'nameAlt'
            WHEN s.field = 'alias' AND c.operator = s.text AND NOT s.text = ANY (c.aliases) THEN 'operator'
            WHEN s.field = 'alias' THEN 'aliases'
            WHEN s.field = 'identity_name' AND i.full_name_km = s.text THEN 'fullNameKm'
            WHEN s.field = 'identity_name' THEN 'fullNameLatin'
            WHEN s.field = 'name' AND (b.name_km = s.text OR p.name_km = s.text) THEN 'nameKm'
            WHEN s.field = 'name' AND s.record_kind IN ('broker', 'place') THEN 'nameLatin'
            ELSE s.field
          END AS source
          FROM search_entries s
          LEFT JOIN brokers b ON s.record_kind = 'broker' AND b.id = s.record_id
          LEFT JOIN places p ON s.record_kind = 'place' AND p.id = s.record_id
          LEFT JOIN compounds c ON s.record_kind = 'compound' AND c.id = s.record_id
          LEFT JOIN victim_identities i ON s.record_kind = 'victim' AND i.victim_id = s.record_id
      ) x WHERE x.id = s.id`);
    await q.query(`ALTER TABLE search_entries ALTER COLUMN source DROP DEFAULT`);
    await q.query(`ALTER TABLE compounds
      ADD CONSTRAINT ck_compounds_lat_with_lng CHECK (lat IS NOT NULL OR lng IS NULL),
      ADD CONSTRAINT ck_compounds_lng_with_lat CHECK (lng IS NOT NULL OR lat IS NULL)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE compounds
      DROP CONSTRAINT ck_compounds_lat_with_lng, DROP CONSTRAINT ck_compounds_lng_with_lat`);
    await q.query(`ALTER TABLE search_entries DROP COLUMN source`);
  }
}

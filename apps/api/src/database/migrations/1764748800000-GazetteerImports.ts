import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Codes that ISO 3166-1 has withdrawn and that earlier country imports took from the runtime's region names. */
const WITHDRAWN = [
  'DD',
  'SU',
  'YU',
  'CS',
  'UK',
  'BU',
  'RH',
  'DY',
  'VD',
  'YD',
  'AN',
  'FX',
  'HV',
  'NH',
  'TP',
  'ZR',
];

/**
 * Which gazetteer file the places came from (its name, date and hash), with what each import changed:
 * the admin screen shows the current version, and a re-import records itself here. Country places an
 * import took from withdrawn codes are archived.
 */
export class GazetteerImports1764748800000 implements MigrationInterface {
  name = 'GazetteerImports1764748800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE gazetteer_imports (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        file_name text NOT NULL,
        file_date timestamptz,
        sha256 text NOT NULL,
        units integer NOT NULL,
        added integer NOT NULL,
        renamed integer NOT NULL,
        removed integer NOT NULL,
        imported_by uuid,
        imported_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT fk_gazetteer_imports_imported_by FOREIGN KEY (imported_by) REFERENCES users (id) ON DELETE RESTRICT,
        CONSTRAINT ck_gazetteer_imports_sha256 CHECK (sha256 ~ '^[0-9a-f]{64}$'),
        CONSTRAINT ck_gazetteer_imports_counts CHECK (units >= 0 AND added >= 0 AND renamed >= 0 AND removed >= 0)
      )`);
    await q.query(
      `CREATE INDEX idx_gazetteer_imports_imported_at ON gazetteer_imports (imported_at DESC)`,
    );
    await q.query(
      `UPDATE places SET archived_at = now(), updated_at = now()
        WHERE kind = 'country' AND created_by IS NULL AND archived_at IS NULL AND code = ANY($1::text[])`,
      [WITHDRAWN],
    );
  }

  async down(q: QueryRunner): Promise<void> {
    // The withdrawn countries stay archived: they were never countries of the current list.
    await q.query(`DROP TABLE gazetteer_imports`);
  }
}

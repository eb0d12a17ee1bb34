import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The hash every chain starts from: the predecessor of the first audit row. */
const AUDIT_CHAIN_GENESIS = `decode(repeat('00', 32), 'hex')`;

/**
 * The API's database role, the audit trail's hash chain and the shared rate-limit counters.
 *
 * `khsae_app` is a NOLOGIN group role that owns nothing: the deployment's login role (DATABASE_URL) is
 * made a member of it, while migrations run as the owner (MIGRATION_DATABASE_URL). It may read and write
 * the application's tables but only INSERT and SELECT audit_events; not owning the table, it cannot
 * disable its triggers, and not being a superuser it cannot SET session_replication_role.
 */
export class AppRoleAndAuditChain1764576000000 implements MigrationInterface {
  name = 'AppRoleAndAuditChain1764576000000';

  async up(q: QueryRunner): Promise<void> {
    // Roles belong to the cluster, not the database: create it once, whichever database migrates first.
    await q.query(`DO $$ BEGIN
      IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'khsae_app') THEN
        CREATE ROLE khsae_app NOLOGIN;
      END IF;
    EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
    END $$`);

    // Requests counted per key and fixed window, shared by every API instance; losing them in a crash is harmless.
    await q.query(`CREATE UNLOGGED TABLE rate_limit_hits (
      key text NOT NULL,
      window_start timestamptz NOT NULL,
      hits integer NOT NULL DEFAULT 1,
      CONSTRAINT pk_rate_limit_hits PRIMARY KEY (key, window_start)
    )`);
    await q.query(
      `CREATE INDEX idx_rate_limit_hits_window_start ON rate_limit_hits (window_start)`,
    );

    // The hash chain: each row carries its predecessor's hash and its own, over its canonical content.
    await q.query(`ALTER TABLE audit_events
      ADD COLUMN chain_no bigint, ADD COLUMN prev_hash bytea, ADD COLUMN hash bytea`);
    // Canonical content: fixed field order, UTC time to the microsecond, jsonb's deterministic text.
    await q.query(`CREATE FUNCTION audit_event_hash(prev bytea, e audit_events) RETURNS bytea
      LANGUAGE sql STABLE AS $$
        SELECT sha256(prev || convert_to(jsonb_build_array(
          e.chain_no, e.id,
          to_char(e.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
          e.request_id, e.actor_user_id, e.actor_email, e.actor_role, e.action, e.resource_type,
          e.resource_ids, e.field_groups, e.outcome, e.reason, e.client_ip, e.user_agent, e.details
        )::text, 'UTF8'))
      $$`);
    // The transaction-scoped lock orders concurrent writers: the next row sees its committed predecessor.
    await q.query(`CREATE FUNCTION audit_events_chain() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        last_no bigint;
        last_hash bytea;
      BEGIN
        PERFORM pg_advisory_xact_lock(7326010);
        SELECT chain_no, hash INTO last_no, last_hash
          FROM audit_events ORDER BY chain_no DESC LIMIT 1;
        NEW.chain_no := coalesce(last_no, 0) + 1;
        NEW.prev_hash := coalesce(last_hash, ${AUDIT_CHAIN_GENESIS});
        NEW.hash := audit_event_hash(NEW.prev_hash, NEW);
        RETURN NEW;
      END $$`);

    // Existing rows join the chain in id order (the owner may lift the append-only trigger to do so).
    await q.query(`ALTER TABLE audit_events DISABLE TRIGGER trg_audit_events_no_change`);
    await q.query(`DO $$
      DECLARE
        r audit_events;
        prev bytea := ${AUDIT_CHAIN_GENESIS};
        n bigint := 0;
      BEGIN
        FOR r IN SELECT * FROM audit_events ORDER BY id LOOP
          n := n + 1;
          r.chain_no := n;
          r.prev_hash := prev;
          r.hash := audit_event_hash(prev, r);
          UPDATE audit_events SET chain_no = r.chain_no, prev_hash = r.prev_hash, hash = r.hash
            WHERE id = r.id;
          prev := r.hash;
        END LOOP;
      END $$`);
    await q.query(`ALTER TABLE audit_events ENABLE TRIGGER trg_audit_events_no_change`);
    await q.query(`ALTER TABLE audit_events
      ALTER COLUMN chain_no SET NOT NULL, ALTER COLUMN prev_hash SET NOT NULL,
      ALTER COLUMN hash SET NOT NULL,
      ADD CONSTRAINT uq_audit_events_chain_no UNIQUE (chain_no)`);
    await q.query(`CREATE TRIGGER trg_audit_events_chain BEFORE INSERT ON audit_events
      FOR EACH ROW EXECUTE FUNCTION audit_events_chain()`);

    // The grants: every table the API reads and writes, but the trail only INSERT and SELECT.
    await q.query(`DO $$ BEGIN
      EXECUTE format('GRANT CONNECT, TEMPORARY ON DATABASE %I TO khsae_app', current_database());
    END $$`);
    await q.query(`GRANT USAGE ON SCHEMA public TO khsae_app`);
    await q.query(
      `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO khsae_app`,
    );
    await q.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO khsae_app`);
    await q.query(`REVOKE UPDATE, DELETE, TRUNCATE ON audit_events FROM khsae_app`);
    await q.query(`REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON migrations FROM khsae_app`);
    // Tables later migrations create get the same grants; an append-only one revokes its own.
    await q.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public
      GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO khsae_app`);
    await q.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public
      GRANT USAGE, SELECT ON SEQUENCES TO khsae_app`);
  }

  async down(q: QueryRunner): Promise<void> {
    // The role stays: other databases of the cluster may use it. This database's grants go.
    await q.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public
      REVOKE USAGE, SELECT ON SEQUENCES FROM khsae_app`);
    await q.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public
      REVOKE SELECT, INSERT, UPDATE, DELETE ON TABLES FROM khsae_app`);
    await q.query(`REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM khsae_app`);
    await q.query(`REVOKE ALL ON ALL TABLES IN SCHEMA public FROM khsae_app`);
    await q.query(`REVOKE USAGE ON SCHEMA public FROM khsae_app`);
    await q.query(`DO $$ BEGIN
      EXECUTE format('REVOKE CONNECT, TEMPORARY ON DATABASE %I FROM khsae_app', current_database());
    END $$`);

    await q.query(`DROP TRIGGER trg_audit_events_chain ON audit_events`);
    await q.query(`DROP FUNCTION audit_events_chain()`);
    await q.query(`DROP FUNCTION audit_event_hash(bytea, audit_events)`);
    await q.query(
      `ALTER TABLE audit_events DROP COLUMN chain_no, DROP COLUMN prev_hash, DROP COLUMN hash`,
    );
    await q.query(`DROP TABLE rate_limit_hits`);
  }
}

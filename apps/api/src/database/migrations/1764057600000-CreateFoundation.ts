import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Accounts, sessions and the append-only audit trail. */
export class CreateFoundation1764057600000 implements MigrationInterface {
  name = 'CreateFoundation1764057600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TYPE user_role AS ENUM
      ('investigator', 'supervisor', 'victim_support', 'intake_officer', 'admin', 'auditor')`);
    await q.query(`CREATE TABLE users (
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      email text NOT NULL,
      display_name text NOT NULL,
      role user_role NOT NULL,
      password_hash text NOT NULL,
      disabled boolean NOT NULL DEFAULT false,
      version integer NOT NULL DEFAULT 1,
      last_login_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT pk_users PRIMARY KEY (id),
      CONSTRAINT ck_users_email_lower CHECK (email = lower(email))
    )`);
    await q.query(`CREATE UNIQUE INDEX uq_users_email ON users (email)`);

    await q.query(`CREATE TABLE sessions (
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      token_hash text NOT NULL,
      user_id uuid NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      expires_at timestamptz NOT NULL,
      revoked_at timestamptz,
      client_ip text,
      user_agent text,
      CONSTRAINT pk_sessions PRIMARY KEY (id),
      CONSTRAINT fk_sessions_user_id FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE RESTRICT
    )`);
    await q.query(`CREATE UNIQUE INDEX uq_sessions_token_hash ON sessions (token_hash)`);
    await q.query(`CREATE INDEX idx_sessions_user_id ON sessions (user_id)`);

    await q.query(`CREATE TABLE audit_events (
      id bigint GENERATED ALWAYS AS IDENTITY,
      occurred_at timestamptz NOT NULL DEFAULT now(),
      request_id text,
      actor_user_id uuid,
      actor_email text,
      actor_role text,
      action text NOT NULL,
      resource_type text,
      resource_ids text[] NOT NULL DEFAULT '{}',
      field_groups text[] NOT NULL DEFAULT '{}',
      outcome text NOT NULL,
      reason text,
      client_ip text,
      user_agent text,
      details jsonb NOT NULL DEFAULT '{}',
      CONSTRAINT pk_audit_events PRIMARY KEY (id),
      CONSTRAINT ck_audit_events_outcome CHECK (outcome IN ('success', 'denied', 'failure'))
    )`);
    await q.query(`CREATE INDEX idx_audit_events_occurred_at ON audit_events (occurred_at DESC)`);
    await q.query(
      `CREATE INDEX idx_audit_events_action ON audit_events (action, occurred_at DESC)`,
    );
    await q.query(
      `CREATE INDEX idx_audit_events_actor_user_id ON audit_events (actor_user_id, occurred_at DESC)`,
    );
    await q.query(
      `CREATE INDEX idx_audit_events_actor_email ON audit_events (actor_email, occurred_at DESC)`,
    );
    await q.query(
      `CREATE INDEX idx_audit_events_resource_ids ON audit_events USING gin (resource_ids)`,
    );

    // The trail is append-only for every database role, the owner included.
    await q.query(`CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_events is append-only: % is not allowed', TG_OP
          USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`CREATE TRIGGER trg_audit_events_no_change BEFORE UPDATE OR DELETE ON audit_events
      FOR EACH ROW EXECUTE FUNCTION audit_events_append_only()`);
    await q.query(`CREATE TRIGGER trg_audit_events_no_truncate BEFORE TRUNCATE ON audit_events
      FOR EACH STATEMENT EXECUTE FUNCTION audit_events_append_only()`);
    await q.query(`REVOKE UPDATE, DELETE, TRUNCATE ON audit_events FROM PUBLIC`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE audit_events`);
    await q.query(`DROP FUNCTION audit_events_append_only()`);
    await q.query(`DROP TABLE sessions`);
    await q.query(`DROP TABLE users`);
    await q.query(`DROP TYPE user_role`);
  }
}

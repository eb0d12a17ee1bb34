import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Grants of identity-reading roles wait for a second person's approval, and an admin never sets a
 * password: a reset issues a one-time code, stored hashed, that the user redeems with a new password.
 */
export class TwoPersonRuleAndResetCodes1764489600000 implements MigrationInterface {
  name = 'TwoPersonRuleAndResetCodes1764489600000';

  async up(q: QueryRunner): Promise<void> {
    // An account waiting for its first code, or reset, has no password anyone knows.
    await q.query(`ALTER TABLE users ALTER COLUMN password_hash DROP NOT NULL`);
    await q.query(`CREATE TABLE role_grants (
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      user_id uuid NOT NULL,
      role user_role NOT NULL,
      kind text NOT NULL,
      requested_by uuid NOT NULL,
      requested_at timestamptz NOT NULL DEFAULT now(),
      decided_by uuid,
      decided_at timestamptz,
      decision text,
      reason text,
      version integer NOT NULL DEFAULT 1,
      CONSTRAINT pk_role_grants PRIMARY KEY (id),
      CONSTRAINT fk_role_grants_user_id FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE RESTRICT,
      CONSTRAINT fk_role_grants_requested_by FOREIGN KEY (requested_by) REFERENCES users (id) ON DELETE RESTRICT,
      CONSTRAINT fk_role_grants_decided_by FOREIGN KEY (decided_by) REFERENCES users (id) ON DELETE RESTRICT,
      CONSTRAINT ck_role_grants_kind CHECK (kind IN ('create', 'role_change', 'enable', 'reset')),
      CONSTRAINT ck_role_grants_decision CHECK (decision IN ('approved', 'declined', 'withdrawn')),
      CONSTRAINT ck_role_grants_decided CHECK (
        (decision IS NULL) = (decided_by IS NULL) AND (decision IS NULL) = (decided_at IS NULL)),
      -- Only a withdrawal (a newer change by an admin) may be by the requester.
      CONSTRAINT ck_role_grants_second_person CHECK (
        decision = 'withdrawn' OR (decided_by <> requested_by AND decided_by <> user_id)),
      CONSTRAINT ck_role_grants_reason_length CHECK (char_length(reason) <= 500)
    )`);
    // One pending grant per account at a time; the list of pending grants reads this index.
    await q.query(
      `CREATE UNIQUE INDEX uq_role_grants_pending_user ON role_grants (user_id) WHERE decision IS NULL`,
    );
    await q.query(`CREATE TABLE password_reset_codes (
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      user_id uuid NOT NULL,
      code_hash text NOT NULL,
      issued_by uuid,
      issued_at timestamptz NOT NULL DEFAULT now(),
      expires_at timestamptz NOT NULL,
      ended_at timestamptz,
      ended_how text,
      CONSTRAINT pk_password_reset_codes PRIMARY KEY (id),
      CONSTRAINT fk_password_reset_codes_user_id FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE RESTRICT,
      CONSTRAINT fk_password_reset_codes_issued_by FOREIGN KEY (issued_by) REFERENCES users (id) ON DELETE RESTRICT,
      CONSTRAINT ck_password_reset_codes_ended CHECK (
        (ended_at IS NULL) = (ended_how IS NULL) AND ended_how IN ('redeemed', 'replaced')),
      CONSTRAINT ck_password_reset_codes_expiry CHECK (expires_at > issued_at)
    )`);
    // At most one live code per account: a new one replaces the last.
    await q.query(
      `CREATE UNIQUE INDEX uq_password_reset_codes_live_user ON password_reset_codes (user_id) WHERE ended_at IS NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE password_reset_codes`);
    await q.query(`DROP TABLE role_grants`);
    await q.query(`UPDATE users SET password_hash = '!' WHERE password_hash IS NULL`);
    await q.query(`ALTER TABLE users ALTER COLUMN password_hash SET NOT NULL`);
  }
}

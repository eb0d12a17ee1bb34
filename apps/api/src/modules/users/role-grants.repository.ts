import type { Role, RoleGrantKind } from '@khsae/domain';
import { Injectable } from '@nestjs/common';

import type { Tx } from 'src/database/database';

/** A grant as its answers need it: the account, who asked, who decided. */
export type RoleGrantRow = {
  id: string;
  role: Role;
  kind: RoleGrantKind;
  requestedAt: Date;
  decidedAt: Date | null;
  decision: 'approved' | 'declined' | 'withdrawn' | null;
  reason: string | null;
  version: number;
  user: { id: string; email: string; displayName: string; role: Role; disabled: boolean };
  requestedBy: { id: string; email: string; displayName: string };
  decidedBy: { id: string; email: string; displayName: string } | null;
};

const person = (alias: string) =>
  `json_build_object('id', ${alias}.id, 'email', ${alias}.email, 'displayName', ${alias}.display_name)`;

const GRANT = `g.id, g.role, g.kind, g.requested_at AS "requestedAt", g.decided_at AS "decidedAt",
  g.decision, g.reason, g.version,
  json_build_object('id', u.id, 'email', u.email, 'displayName', u.display_name, 'role', u.role,
                    'disabled', u.disabled) AS "user",
  ${person('r')} AS "requestedBy",
  CASE WHEN d.id IS NULL THEN NULL ELSE ${person('d')} END AS "decidedBy"`;

const FROM = `role_grants g JOIN users u ON u.id = g.user_id JOIN users r ON r.id = g.requested_by
  LEFT JOIN users d ON d.id = g.decided_by`;

function rowOf(raw: Record<string, unknown>): RoleGrantRow {
  return {
    ...(raw as RoleGrantRow),
    requestedAt: new Date(raw['requestedAt'] as string),
    decidedAt: raw['decidedAt'] ? new Date(raw['decidedAt'] as string) : null,
  };
}

/** The SQL of role grants: requests for an identity-reading role that wait for a second person. */
@Injectable()
export class RoleGrantsRepository {
  /** Grants awaiting a decision, oldest first. */
  async pending(tx: Tx): Promise<RoleGrantRow[]> {
    const rows = await tx.query<Record<string, unknown>[]>(
      `SELECT ${GRANT} FROM ${FROM} WHERE g.decision IS NULL ORDER BY g.requested_at, g.id`,
    );
    return rows.map(rowOf);
  }

  async find(tx: Tx, id: string): Promise<RoleGrantRow | null> {
    const [raw] = await tx.query<Record<string, unknown>[]>(
      `SELECT ${GRANT} FROM ${FROM} WHERE g.id = $1`,
      [id],
    );
    return raw ? rowOf(raw) : null;
  }

  /** Requests a grant; a grant still pending for the account is withdrawn by the same requester. */
  async request(
    tx: Tx,
    grant: { userId: string; role: Role; kind: RoleGrantKind; requestedBy: string },
  ): Promise<string> {
    await this.withdrawPending(tx, grant.userId, grant.requestedBy);
    const [row] = await tx.query<{ id: string }[]>(
      `INSERT INTO role_grants (user_id, role, kind, requested_by) VALUES ($1, $2, $3, $4) RETURNING id`,
      [grant.userId, grant.role, grant.kind, grant.requestedBy],
    );
    return row!.id;
  }

  /** Withdraws the account's pending grant, if any; answers its id. */
  async withdrawPending(tx: Tx, userId: string, by: string): Promise<string | null> {
    const [row] = await tx.query<{ id: string }[]>(
      `WITH withdrawn AS (
         UPDATE role_grants SET decision = 'withdrawn', decided_by = $2, decided_at = now(),
                version = version + 1
          WHERE user_id = $1 AND decision IS NULL
         RETURNING id
       ) SELECT id FROM withdrawn`,
      [userId, by],
    );
    return row?.id ?? null;
  }

  /** Decides a pending grant if it still has the version the caller read; false when it does not. */
  async decide(
    tx: Tx,
    id: string,
    version: number,
    decision: { by: string; decision: 'approved' | 'declined'; reason: string | null },
  ): Promise<boolean> {
    const rows = await tx.query<{ id: string }[]>(
      `WITH decided AS (
         UPDATE role_grants SET decision = $3, decided_by = $4, decided_at = now(), reason = $5,
                version = version + 1
          WHERE id = $1 AND version = $2 AND decision IS NULL
         RETURNING id
       ) SELECT id FROM decided`,
      [id, version, decision.decision, decision.by, decision.reason],
    );
    return rows.length === 1;
  }
}

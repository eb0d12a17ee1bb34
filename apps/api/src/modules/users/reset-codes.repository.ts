import { Injectable } from '@nestjs/common';

import type { Tx } from 'src/database/database';

/** The SQL of one-time reset codes: only a code's SHA-256 is stored. */
@Injectable()
export class ResetCodesRepository {
  /** Issues a code for an account; a live one it had is replaced. */
  async issue(
    tx: Tx,
    code: { userId: string; codeHash: string; issuedBy: string | null; expiresAt: Date },
  ): Promise<void> {
    await tx.query(
      `UPDATE password_reset_codes SET ended_at = now(), ended_how = 'replaced'
        WHERE user_id = $1 AND ended_at IS NULL`,
      [code.userId],
    );
    await tx.query(
      `INSERT INTO password_reset_codes (user_id, code_hash, issued_by, expires_at) VALUES ($1, $2, $3, $4)`,
      [code.userId, code.codeHash, code.issuedBy, code.expiresAt],
    );
  }

  /** The account's live, unexpired code, locked until the transaction ends; null when there is none. */
  async findLive(tx: Tx, userId: string): Promise<{ id: string; codeHash: string } | null> {
    const [row] = await tx.query<{ id: string; codeHash: string }[]>(
      `SELECT id, code_hash AS "codeHash" FROM password_reset_codes
        WHERE user_id = $1 AND ended_at IS NULL AND expires_at > now()
        FOR UPDATE`,
      [userId],
    );
    return row ?? null;
  }

  async redeem(tx: Tx, id: string): Promise<void> {
    await tx.query(
      `UPDATE password_reset_codes SET ended_at = now(), ended_how = 'redeemed' WHERE id = $1`,
      [id],
    );
  }
}

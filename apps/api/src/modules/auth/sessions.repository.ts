import { Injectable } from '@nestjs/common';

import type { Tx } from 'src/database/database';
import { UsersService } from 'src/modules/users/users.service';

/** A live session and the enabled account it signs in, as the statement reads them. */
export type LiveSession = {
  sessionId: string;
  account: { id: string; email: string; displayName: string; role: string } | null;
};

/** The SQL of sessions: only the SHA-256 of a session's token is stored. */
@Injectable()
export class SessionsRepository {
  constructor(private readonly users: UsersService) {}

  async insert(
    tx: Tx,
    session: {
      tokenHash: string;
      userId: string;
      expiresAt: Date;
      clientIp: string | null;
      userAgent: string | null;
    },
  ): Promise<void> {
    await tx.query(
      `INSERT INTO sessions (token_hash, user_id, expires_at, client_ip, user_agent)
       VALUES ($1, $2, $3, $4, $5)`,
      [session.tokenHash, session.userId, session.expiresAt, session.clientIp, session.userAgent],
    );
  }

  /**
   * The session of a token hash if it is neither revoked nor expired, with its account if that is
   * enabled: one statement, on every request.
   */
  async findLive(tx: Tx, tokenHash: string): Promise<LiveSession | null> {
    const [row] = await tx.query<LiveSession[]>(
      `SELECT s.id AS "sessionId", ${this.users.enabledAccountSql('s.user_id')} AS account
         FROM sessions s
        WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > now()`,
      [tokenHash],
    );
    return row ?? null;
  }

  async revoke(tx: Tx, sessionId: string): Promise<void> {
    await tx.query(`UPDATE sessions SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL`, [
      sessionId,
    ]);
  }

  async revokeAllForUser(tx: Tx, userId: string): Promise<void> {
    await tx.query(
      `UPDATE sessions SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL`,
      [userId],
    );
  }
}

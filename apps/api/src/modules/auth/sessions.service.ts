import { createHash, randomBytes } from 'node:crypto';

import { isRole, permissionsOf } from '@khsae/domain';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

import type { AuthContext, RequestOrigin } from 'src/common/access/auth-context';
import { APP_CONFIG, type AppConfig } from 'src/config/app-config';
import { SessionEntity } from 'src/modules/auth/session.entity';

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

type SessionRow = {
  session_id: string;
  user_id: string;
  email: string;
  display_name: string;
  role: string;
};

/** Server-side sessions: every request re-reads the user, so role changes and disabling apply at once. */
@Injectable()
export class SessionsService {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async create(
    em: EntityManager,
    userId: string,
    origin: RequestOrigin,
  ): Promise<{ token: string; expiresAt: Date }> {
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + this.config.sessionTtlHours * 3_600_000);
    await em.insert(SessionEntity, {
      tokenHash: hashToken(token),
      userId,
      expiresAt,
      clientIp: origin.clientIp,
      userAgent: origin.userAgent,
    });
    return { token, expiresAt };
  }

  /** The signed-in user for a cookie token, or null when the session is unknown, expired, revoked or disabled. */
  async resolve(token: string | undefined): Promise<AuthContext | null> {
    if (!token || token.length > 200) return null;
    const rows: SessionRow[] = await this.dataSource.query(
      `SELECT s.id AS session_id, u.id AS user_id, u.email, u.display_name, u.role
         FROM sessions s JOIN users u ON u.id = s.user_id
        WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > now() AND NOT u.disabled`,
      [hashToken(token)],
    );
    const row = rows[0];
    if (!row || !isRole(row.role)) return null;
    return {
      sessionId: row.session_id,
      user: { id: row.user_id, email: row.email, displayName: row.display_name, role: row.role },
      permissions: permissionsOf(row.role),
    };
  }

  async revoke(em: EntityManager, sessionId: string): Promise<void> {
    await em.query(`UPDATE sessions SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL`, [
      sessionId,
    ]);
  }

  async revokeAllForUser(em: EntityManager, userId: string): Promise<void> {
    await em.query(
      `UPDATE sessions SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL`,
      [userId],
    );
  }
}

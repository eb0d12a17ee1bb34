import { createHash, randomBytes } from 'node:crypto';

import { isRole, permissionsOf } from '@khsae/domain';
import { Inject, Injectable } from '@nestjs/common';

import type { AuthContext, RequestOrigin } from 'src/common/access/auth-context';
import { APP_CONFIG, type AppConfig } from 'src/config/app-config';
import { Database, type Tx } from 'src/database/database';
import { SessionsRepository } from 'src/modules/auth/sessions.repository';

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Server-side sessions: every request re-reads the user, so role changes and disabling apply at once. */
@Injectable()
export class SessionsService {
  constructor(
    private readonly database: Database,
    private readonly sessions: SessionsRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async create(
    tx: Tx,
    userId: string,
    origin: RequestOrigin,
  ): Promise<{ token: string; expiresAt: Date }> {
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + this.config.sessionTtlHours * 3_600_000);
    await this.sessions.insert(tx, {
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
    const session = await this.sessions.findLive(this.database.pool, hashToken(token));
    const user = session?.account;
    if (!session || !user || !isRole(user.role)) return null;
    return {
      sessionId: session.sessionId,
      user: { id: user.id, email: user.email, displayName: user.displayName, role: user.role },
      permissions: permissionsOf(user.role),
    };
  }

  revoke(tx: Tx, sessionId: string): Promise<void> {
    return this.sessions.revoke(tx, sessionId);
  }

  revokeAllForUser(tx: Tx, userId: string): Promise<void> {
    return this.sessions.revokeAllForUser(tx, userId);
  }
}

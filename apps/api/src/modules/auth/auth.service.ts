import {
  Inject,
  Injectable,
  UnauthorizedException,
  HttpException,
  HttpStatus,
} from '@nestjs/common';
import bcrypt from 'bcryptjs';
import { DataSource } from 'typeorm';

import type { AuthContext, RequestOrigin } from 'src/common/access/auth-context';
import { AuditService } from 'src/common/audit/audit.service';
import { APP_CONFIG, type AppConfig } from 'src/config/app-config';
import { SessionsService } from 'src/modules/auth/sessions.service';
import type { CurrentUserResponseDto } from 'src/modules/auth/dto/current-user.response.dto';
import { UserEntity } from 'src/modules/users/user.entity';
import { permissionsOf } from '@khsae/domain';

const INCORRECT = 'Email or password is incorrect.';

@Injectable()
export class AuthService {
  // Compared against when the email is unknown, so timing does not reveal which accounts exist.
  private readonly dummyHash: string;

  constructor(
    private readonly dataSource: DataSource,
    private readonly sessions: SessionsService,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.dummyHash = bcrypt.hashSync('not-a-real-password', this.config.bcryptRounds);
  }

  async login(
    email: string,
    password: string,
    origin: RequestOrigin,
  ): Promise<{ token: string; expiresAt: Date; user: CurrentUserResponseDto }> {
    await this.refuseIfThrottled(email, origin);

    const user = await this.dataSource
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.email = :email', { email })
      .getOne();
    const matches = await bcrypt.compare(password, user?.passwordHash ?? this.dummyHash);
    if (!user || !matches || user.disabled) {
      await this.audit.recordAlone({
        action: 'login_failed',
        outcome: 'failure',
        origin,
        actorEmail: email,
        details: { reason: !user || !matches ? 'bad_credentials' : 'account_disabled' },
      });
      throw new UnauthorizedException(INCORRECT);
    }

    return this.dataSource.transaction(async (em) => {
      const session = await this.sessions.create(em, user.id, origin);
      await em.update(UserEntity, { id: user.id }, { lastLoginAt: new Date() });
      const actor = {
        id: user.id,
        email: user.email,
        displayName: user.displayName,
        role: user.role,
      };
      await this.audit.record(em, {
        action: 'login',
        outcome: 'success',
        origin,
        actor,
        resourceType: 'user',
        resourceIds: [user.id],
      });
      return {
        ...session,
        user: this.toCurrentUser({
          sessionId: '',
          user: actor,
          permissions: permissionsOf(user.role),
        }),
      };
    });
  }

  async logout(auth: AuthContext, origin: RequestOrigin): Promise<void> {
    await this.dataSource.transaction(async (em) => {
      await this.sessions.revoke(em, auth.sessionId);
      await this.audit.record(em, {
        action: 'logout',
        outcome: 'success',
        origin,
        actor: auth.user,
      });
    });
  }

  toCurrentUser(auth: AuthContext): CurrentUserResponseDto {
    return {
      id: auth.user.id,
      email: auth.user.email,
      displayName: auth.user.displayName,
      role: auth.user.role,
      permissions: [...auth.permissions],
      demoMode: this.config.demo,
    };
  }

  /** Failed logins are counted from the audit trail itself, so the limit holds across API instances. */
  private async refuseIfThrottled(email: string, origin: RequestOrigin): Promise<void> {
    const windowStart = new Date(Date.now() - this.config.loginWindowMinutes * 60_000);
    const rows: { by_email: string; by_ip: string }[] = await this.dataSource.query(
      `SELECT count(*) FILTER (WHERE actor_email = $1) AS by_email,
              count(*) FILTER (WHERE client_ip = $2) AS by_ip
         FROM audit_events
        WHERE action = 'login_failed' AND occurred_at > $3 AND (actor_email = $1 OR client_ip = $2)`,
      [email, origin.clientIp, windowStart],
    );
    const byEmail = Number(rows[0]?.by_email ?? 0);
    const byIp = Number(rows[0]?.by_ip ?? 0);
    const max = this.config.loginMaxFailures;
    if (byEmail < max && byIp < max * 4) return;
    await this.audit.recordAlone({
      action: 'login_rate_limited',
      outcome: 'denied',
      origin,
      actorEmail: email,
      details: { failuresForEmail: byEmail, failuresFromIp: byIp },
    });
    throw new HttpException(
      `Too many failed sign-in attempts. Try again in ${this.config.loginWindowMinutes} minutes.`,
      HttpStatus.TOO_MANY_REQUESTS,
    );
  }
}

import {
  Inject,
  Injectable,
  UnauthorizedException,
  HttpException,
  HttpStatus,
} from '@nestjs/common';
import bcrypt from 'bcryptjs';
import { permissionsOf } from '@khsae/domain';

import type { AuthContext, RequestOrigin } from 'src/common/access/auth-context';
import { AuditService } from 'src/common/audit/audit.service';
import { fieldError } from 'src/common/errors/field-errors';
import { APP_CONFIG, type AppConfig } from 'src/config/app-config';
import { Database } from 'src/database/database';
import { AuditEventsService } from 'src/modules/audit-events/audit-events.service';
import { SessionsService } from 'src/modules/auth/sessions.service';
import type { CurrentUserResponseDto } from 'src/modules/auth/dto/current-user.response.dto';
import { UsersService } from 'src/modules/users/users.service';

const INCORRECT = 'Email or password is incorrect.';

/** 429 for a locked-out sign-in; the error filter sends its seconds as Retry-After. */
class SignInLockedException extends HttpException {
  constructor(readonly retryAfterSeconds: number) {
    super(
      `Too many failed sign-in attempts. Try again in ${Math.ceil(retryAfterSeconds / 60)} minutes.`,
      HttpStatus.TOO_MANY_REQUESTS,
    );
  }
}

@Injectable()
export class AuthService {
  // Compared against when the email is unknown, so timing does not reveal which accounts exist.
  private readonly dummyHash: string;

  constructor(
    private readonly audit: AuditService,
    private readonly auditEvents: AuditEventsService,
    private readonly database: Database,
    private readonly sessions: SessionsService,
    private readonly users: UsersService,
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

    const user = await this.users.findForSignIn(email);
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

    return this.database.transaction(async (tx) => {
      const session = await this.sessions.create(tx, user.id, origin);
      await this.users.signedIn(tx, user.id);
      const actor = {
        id: user.id,
        email: user.email,
        displayName: user.displayName,
        role: user.role,
      };
      await this.audit.record(tx, {
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

  /**
   * Redeems a one-time reset code with the user's new password; throttled and audited like a sign-in,
   * so that codes cannot be guessed. The user then signs in with the new password.
   */
  async redeemResetCode(
    email: string,
    code: string,
    newPassword: string,
    origin: RequestOrigin,
  ): Promise<void> {
    await this.refuseIfThrottled(email, origin);
    if (await this.users.redeemResetCode(email, code, newPassword, origin)) return;
    await this.audit.recordAlone({
      action: 'login_failed',
      outcome: 'failure',
      origin,
      actorEmail: email,
      details: { reason: 'bad_reset_code' },
    });
    throw fieldError(
      'code',
      'this code is not valid for this email, or it has expired or been used',
    );
  }

  async logout(auth: AuthContext, origin: RequestOrigin): Promise<void> {
    await this.database.transaction(async (tx) => {
      await this.sessions.revoke(tx, auth.sessionId);
      await this.audit.record(tx, {
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
    const { byEmail, byIp } = await this.auditEvents.failedSignIns(
      email,
      origin.clientIp,
      windowStart,
    );
    const max = this.config.loginMaxFailures;
    if (byEmail < max && byIp < max * 4) return;
    // The lockout lifts when the oldest failure that still counts leaves the window.
    const window = this.config.loginWindowMinutes * 60_000;
    const byEmailLifts =
      byEmail >= max ? await this.auditEvents.nthNewestFailure({ email }, max, windowStart) : null;
    const byIpLifts =
      byIp >= max * 4 && origin.clientIp
        ? await this.auditEvents.nthNewestFailure(
            { clientIp: origin.clientIp },
            max * 4,
            windowStart,
          )
        : null;
    const liftsAt = Math.max(
      ...[byEmailLifts, byIpLifts].map((at) => (at ? at.getTime() + window : 0)),
    );
    const seconds = Math.max(1, Math.ceil((liftsAt - Date.now()) / 1000));
    await this.audit.recordAlone({
      action: 'login_rate_limited',
      outcome: 'denied',
      origin,
      actorEmail: email,
      details: { failuresForEmail: byEmail, failuresFromIp: byIp, retryAfterSeconds: seconds },
    });
    throw new SignInLockedException(seconds);
  }
}

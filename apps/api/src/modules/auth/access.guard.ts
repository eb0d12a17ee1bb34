import type { Permission } from '@khsae/domain';
import {
  type CanActivate,
  type ExecutionContext,
  ForbiddenException,
  Inject,
  Injectable,
  Logger,
  UnauthorizedException,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';

import type { AuthContext } from 'src/common/access/auth-context';
import {
  originOf,
  PERMISSION_KEY,
  PUBLIC_KEY,
  SESSION_PROBE_KEY,
  SIGNED_IN_KEY,
} from 'src/common/access/access.decorators';
import { AuditService } from 'src/common/audit/audit.service';
import { RateLimitsRepository } from 'src/common/http/rate-limits.repository';
import { SESSION_COOKIE } from 'src/common/access/session-cookie';
import { APP_CONFIG, type AppConfig } from 'src/config/app-config';
import { SessionsService } from 'src/modules/auth/sessions.service';

/**
 * Deny by default: an endpoint runs only if it is @Public, @SignedIn with a live session, or
 * @RequirePermission with a session whose role holds that permission. Every refusal is audited.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  private readonly logger = new Logger(AccessGuard.name);

  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionsService,
    private readonly audit: AuditService,
    private readonly counter: RateLimitsRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;

    const req = context.switchToHttp().getRequest<Request>();
    const permission = this.reflector.getAllAndOverride<Permission | undefined>(
      PERMISSION_KEY,
      targets,
    );
    const signedInOnly = this.reflector.getAllAndOverride<boolean>(SIGNED_IN_KEY, targets);

    const cookies = req.cookies as Record<string, string | undefined> | undefined;
    const auth = await this.sessions.resolve(cookies?.[SESSION_COOKIE]);
    if (!auth) {
      if (!this.reflector.getAllAndOverride<boolean>(SESSION_PROBE_KEY, targets)) {
        await this.denyAnonymous(req);
      }
      throw new UnauthorizedException('Sign in to continue.');
    }
    req.auth = auth;

    if (permission && auth.permissions.includes(permission)) return true;
    if (!permission && signedInOnly) return true;
    if (!permission && !signedInOnly) {
      this.logger.error(`${req.method} ${req.path} declares no access rule; refused`);
    }
    await this.deny(req, auth.user, 'missing_permission', permission);
    throw new ForbiddenException('Your role does not allow this.');
  }

  /**
   * Anyone can send requests without a session, so their refusals are written within a bound: an
   * address's 1st, 10th, 100th… refusal in a rate-limit window, each with the count so far.
   */
  private async denyAnonymous(req: Request): Promise<void> {
    const key = `denied:${originOf(req).clientIp ?? 'unknown'}`;
    let count = 1;
    try {
      const counted = await this.counter.hit([key], this.config.rateLimit.windowSeconds);
      count = counted.get(key)?.hits ?? 1;
    } catch {
      // Not counted: written, as every refusal was before the bound.
    }
    if (!isPowerOfTen(count)) return;
    await this.deny(req, null, 'not_signed_in', undefined, {
      count,
      windowSeconds: this.config.rateLimit.windowSeconds,
    });
  }

  private async deny(
    req: Request,
    actor: AuthContext['user'] | null,
    reason: string,
    permission?: Permission,
    extra: Record<string, unknown> = {},
  ): Promise<void> {
    await this.audit.recordAlone({
      action: 'access_denied',
      outcome: 'denied',
      origin: originOf(req),
      actor,
      reason,
      details: {
        method: req.method,
        path: req.path.slice(0, 300),
        ...(permission ? { permission } : {}),
        ...extra,
      },
    });
  }
}

function isPowerOfTen(n: number): boolean {
  let v = n;
  while (v >= 10 && v % 10 === 0) v /= 10;
  return v === 1;
}

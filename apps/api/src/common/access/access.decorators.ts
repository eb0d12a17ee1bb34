import type { Permission } from '@khsae/domain';
import { createParamDecorator, type ExecutionContext, SetMetadata } from '@nestjs/common';
import type { Request } from 'express';

import type { Actor, AuthContext, RequestOrigin } from 'src/common/access/auth-context';

export const PERMISSION_KEY = 'khsae:permission';
export const PUBLIC_KEY = 'khsae:public';
export const SIGNED_IN_KEY = 'khsae:signed-in';

/** The endpoint needs this permission; every endpoint declares one of the three access decorators. */
export const RequirePermission = (permission: Permission) =>
  SetMetadata(PERMISSION_KEY, permission);
/** Anyone may call it, signed in or not (health, sign-in, the public tip form). */
export const Public = () => SetMetadata(PUBLIC_KEY, true);
/** Any signed-in user may call it, whatever their role (their own profile, sign-out). */
export const SignedIn = () => SetMetadata(SIGNED_IN_KEY, true);

export const SESSION_PROBE_KEY = 'khsae:session-probe';
/** The web app asks this on every page load to learn whether anyone is signed in: a 401 here is not a denial worth auditing. */
export const SessionProbe = () => SetMetadata(SESSION_PROBE_KEY, true);

export const ACCESS_METADATA_KEYS = [PERMISSION_KEY, PUBLIC_KEY, SIGNED_IN_KEY] as const;

function authOf(req: Request): AuthContext {
  // The guard attaches auth before any handler that asks for it runs.
  if (!req.auth)
    throw new Error('the caller is asked for on an endpoint that is not signed-in only');
  return req.auth;
}

export const CurrentAuth = createParamDecorator((_: unknown, ctx: ExecutionContext): AuthContext =>
  authOf(ctx.switchToHttp().getRequest<Request>()),
);

export function originOf(req: Request): RequestOrigin {
  return {
    requestId: req.requestId ?? null,
    clientIp: req.ip ?? null,
    userAgent: req.get('user-agent')?.slice(0, 512) ?? null,
  };
}

export const Origin = createParamDecorator((_: unknown, ctx: ExecutionContext): RequestOrigin =>
  originOf(ctx.switchToHttp().getRequest<Request>()),
);

/** The signed-in caller and where the request came from, for services that write or audit. */
export const CurrentActor = createParamDecorator((_: unknown, ctx: ExecutionContext): Actor => {
  const req = ctx.switchToHttp().getRequest<Request>();
  return { auth: authOf(req), origin: originOf(req) };
});

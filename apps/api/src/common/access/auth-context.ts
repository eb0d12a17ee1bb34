import type { Permission, Role } from '@khsae/domain';

/** Who is making the request, resolved from the session on every request. */
export type AuthContext = {
  sessionId: string;
  user: { id: string; email: string; displayName: string; role: Role };
  permissions: readonly Permission[];
};

/** Where a request came from, for the audit trail. */
export type RequestOrigin = {
  requestId: string | null;
  clientIp: string | null;
  userAgent: string | null;
};

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- Express types are extended by declaration merging
  namespace Express {
    interface Request {
      auth?: AuthContext;
      requestId?: string;
    }
  }
}

/** Who acts and from where: what every write and every audited read needs to know of its caller. */
export type Actor = { auth: AuthContext; origin: RequestOrigin };

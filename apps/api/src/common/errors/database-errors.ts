/** Errors that mean "the database is not reachable right now", as opposed to a bad query. */
const UNAVAILABLE_SQLSTATES = new Set([
  '57P01',
  '57P02',
  '57P03',
  '53300',
  '08000',
  '08001',
  '08003',
  '08004',
  '08006',
]);
const UNAVAILABLE_NODE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENOTFOUND',
]);
const UNAVAILABLE_MESSAGES = [
  'Connection terminated',
  'timeout exceeded when trying to connect',
  'Client has encountered a connection error',
  'Connection is closed',
  'terminating connection',
  'the database system is starting up',
  'the database system is shutting down',
];

// TypeORM's answer to the next statement on a connection it released after the driver reported it lost.
const RELEASED_CONNECTION_ERRORS = new Set([
  'QueryRunnerAlreadyReleasedError',
  'QueryRunnerProviderAlreadyReleasedError',
]);

type ErrorLike = { code?: unknown; message?: unknown; driverError?: unknown; cause?: unknown };

function codeOf(err: ErrorLike): string | undefined {
  return typeof err.code === 'string' ? err.code : undefined;
}

export function sqlStateOf(err: unknown): string | undefined {
  if (!err || typeof err !== 'object') return undefined;
  const e = err as ErrorLike;
  const own = codeOf(e);
  if (own && /^[0-9A-Z]{5}$/.test(own)) return own;
  return e.driverError ? sqlStateOf(e.driverError) : undefined;
}

export function isDatabaseUnavailable(err: unknown, depth = 0): boolean {
  if (!err || typeof err !== 'object' || depth > 4) return false;
  const e = err as ErrorLike;
  if (err instanceof Error && RELEASED_CONNECTION_ERRORS.has(err.name)) return true;
  const code = codeOf(e);
  if (code && (UNAVAILABLE_SQLSTATES.has(code) || UNAVAILABLE_NODE_CODES.has(code))) return true;
  const message = typeof e.message === 'string' ? e.message : '';
  if (UNAVAILABLE_MESSAGES.some((m) => message.includes(m))) return true;
  if (Array.isArray((err as { errors?: unknown }).errors)) {
    return (err as { errors: unknown[] }).errors.some((inner) =>
      isDatabaseUnavailable(inner, depth + 1),
    );
  }
  return (
    isDatabaseUnavailable(e.driverError, depth + 1) || isDatabaseUnavailable(e.cause, depth + 1)
  );
}

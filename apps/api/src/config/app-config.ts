import path from 'node:path';

/** Typed configuration read once from the environment; nothing else reads process.env. */
export type AppConfig = {
  port: number;
  host: string;
  /** Null means: run on the embedded PostgreSQL (PGlite) under dataDir. */
  databaseUrl: string | null;
  /** Where migrations run, as the schema's owner; the API itself connects as a role that owns nothing. */
  migrationDatabaseUrl: string | null;
  dataDir: string;
  demo: boolean;
  /** Generate the synthetic investigation world too (demo mode's default; off in API tests). */
  demoWorld: boolean;
  bootstrapAdmin: { email: string; password: string } | null;
  webDir: string | null;
  /** The NCDD gazetteer CSV, imported on first start in demo mode when the file exists. */
  gazetteerPath: string;
  sessionTtlHours: number;
  cookieSecure: boolean;
  trustProxy: boolean;
  bcryptRounds: number;
  loginMaxFailures: number;
  loginWindowMinutes: number;
  bodyLimit: string;
  /** Requests per window per session and per address on /api (0: no limit), counted in PostgreSQL. */
  rateLimit: { perSession: number; perAddress: number; windowSeconds: number };
  /** Limits of an interactive request's statements on a PostgreSQL server (0: none); migrations and imports have their own. */
  statementTimeoutMs: number;
  lockTimeoutMs: number;
  logLevel: 'debug' | 'info' | 'warn' | 'error';
  version: string;
};

type Env = Record<string, string | undefined>;

export class ConfigError extends Error {}

function bool(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw.toLowerCase())) return true;
  if (['0', 'false', 'no', 'off'].includes(raw.toLowerCase())) return false;
  throw new ConfigError(`${name} must be true or false, not "${raw}"`);
}

function int(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be an integer between ${min} and ${max}, not "${raw}"`);
  }
  return value;
}

export function loadAppConfig(env: Env = process.env, cwd: string = process.cwd()): AppConfig {
  const databaseUrl = env['DATABASE_URL']?.trim() || null;
  const dataDir = path.resolve(cwd, env['KHSAE_DATA_DIR'] || '.data');
  const adminEmail = env['KHSAE_ADMIN_EMAIL']?.trim();
  const adminPassword = env['KHSAE_ADMIN_PASSWORD'];
  if ((adminEmail && !adminPassword) || (!adminEmail && adminPassword)) {
    throw new ConfigError('KHSAE_ADMIN_EMAIL and KHSAE_ADMIN_PASSWORD must be set together');
  }
  const webDirRaw = env['KHSAE_WEB_DIR'];
  const logLevel = env['KHSAE_LOG_LEVEL'] || 'info';
  if (!['debug', 'info', 'warn', 'error'].includes(logLevel)) {
    throw new ConfigError(`KHSAE_LOG_LEVEL must be debug, info, warn or error, not "${logLevel}"`);
  }
  return {
    port: int(env, 'PORT', 3000, 0, 65535),
    host: env['HOST'] || '127.0.0.1',
    databaseUrl,
    // Without it, migrations run as DATABASE_URL's role (one role for both, as before).
    migrationDatabaseUrl: databaseUrl && (env['MIGRATION_DATABASE_URL']?.trim() || databaseUrl),
    dataDir,
    // Demo data is on by default only on the embedded database, never silently on a real server.
    demo: bool(env, 'KHSAE_DEMO', databaseUrl === null),
    demoWorld: bool(env, 'KHSAE_DEMO_WORLD', true),
    bootstrapAdmin:
      adminEmail && adminPassword
        ? { email: adminEmail.toLowerCase(), password: adminPassword }
        : null,
    webDir:
      webDirRaw === undefined
        ? path.resolve(cwd, 'dist/apps/web')
        : webDirRaw === ''
          ? null
          : path.resolve(cwd, webDirRaw),
    gazetteerPath: path.resolve(
      cwd,
      env['KHSAE_GAZETTEER_PATH'] || 'apps/api/data/gazetteer/cambodia_admin_flat.csv.gz',
    ),
    sessionTtlHours: int(env, 'KHSAE_SESSION_TTL_HOURS', 12, 1, 24 * 30),
    cookieSecure: bool(env, 'KHSAE_COOKIE_SECURE', false),
    trustProxy: bool(env, 'KHSAE_TRUST_PROXY', false),
    bcryptRounds: int(env, 'KHSAE_BCRYPT_ROUNDS', 12, 4, 15),
    loginMaxFailures: int(env, 'KHSAE_LOGIN_MAX_FAILURES', 5, 1, 1000),
    loginWindowMinutes: int(env, 'KHSAE_LOGIN_WINDOW_MINUTES', 15, 1, 24 * 60),
    bodyLimit: env['KHSAE_BODY_LIMIT'] || '256kb',
    rateLimit: {
      perSession: int(env, 'KHSAE_RATE_LIMIT_PER_SESSION', 600, 0, 1_000_000),
      perAddress: int(env, 'KHSAE_RATE_LIMIT_PER_ADDRESS', 3_000, 0, 1_000_000),
      windowSeconds: int(env, 'KHSAE_RATE_LIMIT_WINDOW_SECONDS', 60, 1, 86_400),
    },
    statementTimeoutMs: int(env, 'KHSAE_STATEMENT_TIMEOUT_MS', 5_000, 0, 600_000),
    lockTimeoutMs: int(env, 'KHSAE_LOCK_TIMEOUT_MS', 2_000, 0, 600_000),
    logLevel: logLevel as AppConfig['logLevel'],
    version: env['npm_package_version'] || '0.1.0',
  };
}

/** Nest injection token for the AppConfig object. */
export const APP_CONFIG = Symbol('APP_CONFIG');

import type { AuditAction, AuditOutcome } from './audit';
import type { Permission } from './permissions';
import type { Role } from './roles';

/** Shapes the API answers with; the web app reads them through these types. */
export type Page<T> = {
  items: T[];
  page: number;
  pageSize: number;
  total: number;
};

export type CurrentUser = {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  permissions: Permission[];
  demoMode: boolean;
};

export type UserAccount = {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  disabled: boolean;
  version: number;
  lastLoginAt: string | null;
  createdAt: string;
  updatedAt: string;
};

export type AuditEvent = {
  id: string;
  occurredAt: string;
  actorUserId: string | null;
  actorEmail: string | null;
  actorRole: Role | null;
  action: AuditAction;
  resourceType: string | null;
  resourceIds: string[];
  fieldGroups: string[];
  outcome: AuditOutcome;
  clientIp: string | null;
  userAgent: string | null;
  requestId: string | null;
  details: Record<string, unknown>;
};

export type HealthStatus = {
  status: 'ok' | 'unavailable';
  database: { status: 'up' | 'down'; mode: 'embedded' | 'server' };
  version: string;
  demoMode: boolean;
};

/** The error body every 4xx/5xx carries; `fields` names what was wrong with the input. */
export type ApiErrorBody = {
  statusCode: number;
  error: string;
  message: string;
  fields?: { field: string; problems: string[] }[];
  current?: unknown;
};

export const PAGE_SIZE_MAX = 100;
export const PAGE_SIZE_DEFAULT = 25;
export const USER_SORTS = ['email', 'displayName', 'role', 'createdAt', 'lastLoginAt'] as const;
export type UserSort = (typeof USER_SORTS)[number];
export const PASSWORD_MIN_LENGTH = 12;

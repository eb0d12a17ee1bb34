import type { Role } from './roles';

/**
 * Every API endpoint declares one of these; the guard denies anything else.
 * Names are `area:action` in the users' words.
 */
export const PERMISSIONS = [
  'dashboard:view',
  'cases:read',
  'cases:manage',
  'graph:read',
  'brokers:read',
  'brokers:write',
  'victims:read',
  'victims:write',
  'victim_identity:read',
  'victim_identity:write',
  'compounds:read',
  'compounds:write',
  'routes:read',
  'routes:write',
  'tips:read',
  'tips:triage',
  'screenings:read',
  'repatriations:read',
  'repatriations:write',
  'places:read',
  'places:write',
  'identifiers:read',
  'identifiers:write',
  'links:read',
  'links:write',
  'records:restore',
  'reference_data:manage',
  'users:manage',
  'role_grants:decide',
  'audit:read',
] as const;

export type Permission = (typeof PERMISSIONS)[number];

const INVESTIGATION: readonly Permission[] = [
  'dashboard:view',
  'places:read',
  'places:write',
  'identifiers:read',
  'identifiers:write',
  'links:read',
  'links:write',
  'cases:read',
  'graph:read',
  'brokers:read',
  'brokers:write',
  'victims:read',
  'victims:write',
  'compounds:read',
  'compounds:write',
  'routes:read',
  'routes:write',
];

/** Deny by default: a role holds exactly what is listed here. */
export const ROLE_PERMISSIONS: Readonly<Record<Role, readonly Permission[]>> = {
  investigator: INVESTIGATION,
  supervisor: [
    ...INVESTIGATION,
    'cases:manage',
    'records:restore',
    'victim_identity:read',
    'tips:read',
    'tips:triage',
    'screenings:read',
    'repatriations:read',
    // Approves grants of identity-reading roles where there is only one admin (two-person rule).
    'role_grants:decide',
  ],
  victim_support: [
    'dashboard:view',
    'places:read',
    'victims:read',
    'victims:write',
    'victim_identity:read',
    'victim_identity:write',
    // Victims' phone numbers and accounts are identifiers too, and matching them finds networks.
    'identifiers:read',
    'identifiers:write',
    'repatriations:read',
    'repatriations:write',
  ],
  intake_officer: ['dashboard:view', 'places:read', 'tips:read', 'tips:triage', 'screenings:read'],
  // Admin manages accounts and reference data and sees no case or victim data.
  admin: [
    'dashboard:view',
    'places:read',
    'places:write',
    'users:manage',
    'role_grants:decide',
    'reference_data:manage',
  ],
  auditor: ['dashboard:view', 'audit:read'],
};

export function hasPermission(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}

export function permissionsOf(role: Role): readonly Permission[] {
  return ROLE_PERMISSIONS[role];
}

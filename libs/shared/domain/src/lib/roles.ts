/** The people who sign in to Khsae. The public submits tips without an account. */
export const ROLES = [
  'investigator',
  'supervisor',
  'victim_support',
  'intake_officer',
  'admin',
  'auditor',
] as const;

export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

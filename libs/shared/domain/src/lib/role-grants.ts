import type { Role } from './roles';

/**
 * Roles that read victim or tipster identities. Granting one (a new account with it, a role change to
 * it, re-enabling or resetting an account that holds it) takes effect only once a second person
 * approves (ASVS 2.3.5).
 */
export const IDENTITY_READING_ROLES = [
  'supervisor',
  'victim_support',
  'intake_officer',
] as const satisfies readonly Role[];

export function readsIdentities(role: Role): boolean {
  return (IDENTITY_READING_ROLES as readonly Role[]).includes(role);
}

/** What a pending grant asks for: a new account, a role change, re-enabling, or a password reset. */
export const ROLE_GRANT_KINDS = ['create', 'role_change', 'enable', 'reset'] as const;
export type RoleGrantKind = (typeof ROLE_GRANT_KINDS)[number];

export const ROLE_GRANT_DECISIONS = ['approved', 'declined'] as const;
export type RoleGrantDecision = (typeof ROLE_GRANT_DECISIONS)[number];

/** Why someone may not decide a grant. */
export type RoleGrantRefusal = 'own_request' | 'own_account' | 'not_an_approver';

/**
 * Who may approve or decline a grant: never its requester nor the account it is for; another admin;
 * or, while the requester is the only active admin, a supervisor (who already reads victim identities
 * and answers for the people who read them, so also for victim support and intake grants).
 */
export function roleGrantRefusal(
  decider: { id: string; role: Role },
  grant: { userId: string; requestedBy: string },
  activeAdmins: number,
): RoleGrantRefusal | null {
  if (decider.id === grant.requestedBy) return 'own_request';
  if (decider.id === grant.userId) return 'own_account';
  if (decider.role === 'admin') return null;
  if (decider.role === 'supervisor' && activeAdmins <= 1) return null;
  return 'not_an_approver';
}

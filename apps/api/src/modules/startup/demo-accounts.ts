import type { Role } from '@khsae/domain';

/** Synthetic accounts, one per role, created only in demo mode. */
export const DEMO_PASSWORD = 'khsae-demo-2026';

export const DEMO_ACCOUNTS: readonly { email: string; displayName: string; role: Role }[] = [
  { email: 'admin@demo.local', displayName: 'Demo Admin', role: 'admin' },
  { email: 'supervisor@demo.local', displayName: 'Sophea Supervisor (demo)', role: 'supervisor' },
  {
    email: 'investigator@demo.local',
    displayName: 'Dara Investigator (demo)',
    role: 'investigator',
  },
  { email: 'support@demo.local', displayName: 'Chanthou Support (demo)', role: 'victim_support' },
  { email: 'intake@demo.local', displayName: 'Vannak Intake (demo)', role: 'intake_officer' },
  { email: 'auditor@demo.local', displayName: 'Bopha Auditor (demo)', role: 'auditor' },
];

/** The demo's pending role grant: victim support asked for by the admin, for the supervisor to approve. */
export const DEMO_PENDING_ACCOUNT: { email: string; displayName: string; role: Role } = {
  email: 'rotha.support@demo.local',
  displayName: 'Rotha Support (demo, awaiting approval)',
  role: 'victim_support',
};

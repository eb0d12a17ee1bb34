import { AuditTrail } from '@/features/audit/components/audit-trail';

export function AuditRoute() {
  return <AuditTrail />;
}

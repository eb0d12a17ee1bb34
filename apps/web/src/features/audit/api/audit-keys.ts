import { recordKeys } from '@/lib/record-queries';

import type { AuditEventFilter } from '../audit-list-filter';

export const auditKeys = recordKeys<AuditEventFilter>('audit-events');

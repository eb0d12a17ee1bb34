import type { RecordRef, Victim } from '@/lib/api-types';

/** A victim is named by the pseudonymous code only, everywhere. */
export function victimRef(victim: Victim): RecordRef {
  return { kind: 'victim', id: victim.id, label: victim.code, sublabel: null };
}

import { useQuery } from '@tanstack/react-query';

import { RecordCreatePage, RecordEditPage } from '@/components/record-form-page';

import { victimQueryOptions } from '../api/victim-queries';
import { VictimForm } from './victim-form';

/** /victims/new */
export function VictimCreatePage() {
  return <RecordCreatePage kind="victim" form={(ends) => <VictimForm victim={null} {...ends} />} />;
}

/** /victims/:id/edit */
export function VictimEditPage({ id }: { id: string }) {
  const query = useQuery(victimQueryOptions(id));
  return (
    <RecordEditPage
      kind="victim"
      id={id}
      query={query}
      name={(victim) => victim.code}
      form={(victim, ends) => <VictimForm key={victim.id} victim={victim} {...ends} />}
    />
  );
}

import { useQuery } from '@tanstack/react-query';

import { RecordCreatePage, RecordEditPage } from '@/components/record-form-page';

import { compoundQueryOptions } from '../api/compound-queries';
import { CompoundForm } from './compound-form';

/** /compounds/new */
export function CompoundCreatePage() {
  return (
    <RecordCreatePage kind="compound" form={(ends) => <CompoundForm compound={null} {...ends} />} />
  );
}

/** /compounds/:id/edit */
export function CompoundEditPage({ id }: { id: string }) {
  const query = useQuery(compoundQueryOptions(id));
  return (
    <RecordEditPage
      kind="compound"
      id={id}
      query={query}
      name={(compound) => compound.name}
      form={(compound, ends) => <CompoundForm key={compound.id} compound={compound} {...ends} />}
    />
  );
}

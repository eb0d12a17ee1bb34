import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

import { DetailHeader } from '@/components/detail-header';
import { QueryBoundary } from '@/components/query-boundary';
import { ArchivedAlert } from '@/components/record-lifecycle';

import { compoundQueryOptions } from '../api/compound-queries';
import { CompoundForm } from './compound-form';

/** /compounds/new */
export function CompoundCreatePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <>
      <DetailHeader
        backTo="/compounds"
        backLabel={t('compounds.title')}
        title={t('compounds.create.title')}
      />
      <CompoundForm
        compound={null}
        onSaved={(compound) => void navigate(`/compounds/${compound.id}`)}
        onCancel={() => void navigate('/compounds')}
      />
    </>
  );
}

/** /compounds/:id/edit */
export function CompoundEditPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const query = useQuery(compoundQueryOptions(id));
  const back = `/compounds/${id}`;
  return (
    <QueryBoundary query={query} backTo="/compounds">
      {(compound) => (
        <>
          <DetailHeader
            backTo={back}
            backLabel={compound.name}
            title={t('compounds.update.title', { name: compound.name })}
          />
          {compound.archivedAt ? (
            <ArchivedAlert
              id={compound.id}
              name={compound.refCode}
              archivedAt={compound.archivedAt}
            />
          ) : (
            <CompoundForm
              key={compound.id}
              compound={compound}
              onSaved={() => void navigate(back)}
              onCancel={() => void navigate(back)}
            />
          )}
        </>
      )}
    </QueryBoundary>
  );
}

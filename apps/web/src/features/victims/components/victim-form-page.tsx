import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

import { DetailHeader } from '@/components/detail-header';
import { QueryBoundary } from '@/components/query-boundary';
import { ArchivedAlert } from '@/components/record-lifecycle';

import { victimQueryOptions } from '../api/victim-queries';
import { VictimForm } from './victim-form';

/** /victims/new */
export function VictimCreatePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <>
      <DetailHeader
        backTo="/victims"
        backLabel={t('victims.title')}
        title={t('victims.create.title')}
      />
      <VictimForm
        victim={null}
        onSaved={(victim) => void navigate(`/victims/${victim.id}`)}
        onCancel={() => void navigate('/victims')}
      />
    </>
  );
}

/** /victims/:id/edit */
export function VictimEditPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const query = useQuery(victimQueryOptions(id));
  const back = `/victims/${id}`;
  return (
    <QueryBoundary query={query} backTo="/victims">
      {(victim) => (
        <>
          <DetailHeader
            backTo={back}
            backLabel={victim.code}
            title={t('victims.update.title', { code: victim.code })}
          />
          {victim.archivedAt ? (
            <ArchivedAlert id={victim.id} name={victim.code} archivedAt={victim.archivedAt} />
          ) : (
            <VictimForm
              key={victim.id}
              victim={victim}
              onSaved={() => void navigate(back)}
              onCancel={() => void navigate(back)}
            />
          )}
        </>
      )}
    </QueryBoundary>
  );
}

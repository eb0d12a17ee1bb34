import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { AuditIcon } from '@/components/icons';
import { ListEmptyState } from '@/components/list-empty-state';
import { PageHeader } from '@/components/page-header';
import { RecordTable } from '@/components/record-table';
import type { AuditEvent } from '@/lib/api-types';
import { currentLanguage } from '@/lib/i18n';
import { nextSort } from '@/lib/list-filter';
import { useListFilter } from '@/lib/use-list-filter';

import { auditEventsQueryOptions } from '../api/audit-queries';
import { auditListFilter } from '../audit-list-filter';
import { AuditChainCheck } from './audit-chain-check';
import { auditColumns } from './audit-columns';
import { AuditEventDrawer } from './audit-event-drawer';
import { AuditFilters } from './audit-filters';

export function AuditTrail() {
  const { t, i18n } = useTranslation();
  const { filter, update, reset, hasActiveFilters } = useListFilter(auditListFilter);
  const events = useQuery(auditEventsQueryOptions(filter));
  const [selected, setSelected] = useState<AuditEvent | null>(null);

  return (
    <>
      <PageHeader title={t('audit.title')} description={t('audit.subtitle')} />
      <AuditChainCheck />
      <AuditFilters
        filter={filter}
        hasActiveFilters={hasActiveFilters}
        onChange={update}
        onReset={reset}
      />
      <RecordTable
        aria-label={t('audit.title')}
        columns={auditColumns(t, currentLanguage(i18n), filter.order, setSelected)}
        query={events}
        sort={filter}
        onSort={(sort) => update(nextSort(filter, sort))}
        onPageChange={(page) => update({ page })}
        onOpen={setSelected}
        rowTestId="audit-row"
        minWidth={900}
        empty={
          <ListEmptyState
            icon={<AuditIcon size={28} />}
            title={t('audit.emptyTitle')}
            description={t('audit.emptyDescription')}
            onClearFilters={hasActiveFilters ? reset : undefined}
          />
        }
      />
      <AuditEventDrawer event={selected} onClose={() => setSelected(null)} />
    </>
  );
}

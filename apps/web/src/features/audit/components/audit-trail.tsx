import { Button, EmptyState, Paper } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorAlert } from '@/components/error-alert';
import { AuditIcon } from '@/components/icons';
import { PageFooter } from '@/components/page-footer';
import { PageHeader } from '@/components/page-header';
import type { AuditEvent } from '@/lib/api-types';

import { auditEventsQueryOptions } from '../api/audit-queries';
import { useAuditFilters } from '../hooks/use-audit-filters';
import { AuditEventDrawer } from './audit-event-drawer';
import { AuditFilters } from './audit-filters';
import { AuditTable } from './audit-table';

export function AuditTrail() {
  const { t } = useTranslation();
  const { filter, update, reset, hasActiveFilters } = useAuditFilters();
  const events = useQuery(auditEventsQueryOptions(filter));
  const [selected, setSelected] = useState<AuditEvent | null>(null);

  const page = events.data;
  const isEmpty = page !== undefined && page.items.length === 0;

  return (
    <>
      <PageHeader title={t('audit.title')} description={t('audit.subtitle')} />
      <AuditFilters
        filter={filter}
        hasActiveFilters={hasActiveFilters}
        onChange={update}
        onReset={reset}
      />
      {events.isError && !page ? (
        <ErrorAlert error={events.error} onRetry={() => void events.refetch()} />
      ) : (
        <Paper
          withBorder
          radius="md"
          p="xs"
          style={{ opacity: events.isPlaceholderData ? 0.6 : 1 }}
        >
          {isEmpty ? (
            <EmptyState py="xl" withIndicatorBackground>
              <EmptyState.Indicator>
                <AuditIcon size={28} />
              </EmptyState.Indicator>
              <EmptyState.Title order={2}>{t('audit.emptyTitle')}</EmptyState.Title>
              <EmptyState.Description>{t('audit.emptyDescription')}</EmptyState.Description>
              {hasActiveFilters && (
                <EmptyState.Actions>
                  <Button variant="light" onClick={reset}>
                    {t('common.clearFilters')}
                  </Button>
                </EmptyState.Actions>
              )}
            </EmptyState>
          ) : (
            <AuditTable
              events={page?.items}
              order={filter.order}
              onToggleOrder={() => update({ order: filter.order === 'desc' ? 'asc' : 'desc' })}
              onOpen={setSelected}
            />
          )}
        </Paper>
      )}
      {page && page.total > 0 && (
        <PageFooter
          page={page.page}
          pageSize={page.pageSize}
          total={page.total}
          onPageChange={(next) => update({ page: next })}
        />
      )}
      <AuditEventDrawer event={selected} onClose={() => setSelected(null)} />
    </>
  );
}

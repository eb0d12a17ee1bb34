import { Alert, Button, Paper } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import type { Page } from '@khsae/domain';

import { ErrorAlert } from '@/components/error-alert';
import { ArchiveIcon, PlusIcon } from '@/components/icons';
import { ListEmptyState } from '@/components/list-empty-state';
import { PageFooter } from '@/components/page-footer';
import { PageHeader } from '@/components/page-header';

export type RegistryListLayoutProps<T> = {
  texts: {
    title: string;
    subtitle: string;
    newLabel: string;
    emptyTitle: string;
    emptyArchived: string;
    emptyDescription: string;
  };
  newPath: string;
  icon: ReactNode;
  canWrite: boolean;
  archived: boolean | undefined;
  hasActiveFilters: boolean;
  onReset: () => void;
  query: UseQueryResult<Page<T>>;
  filters: ReactNode;
  renderTable: (items: T[] | undefined) => ReactNode;
  onPageChange: (page: number) => void;
};

/** The page every registry list shares: header, filters, archived hint, table or empty state, pages. */
export function RegistryListLayout<T>({
  texts,
  newPath,
  icon,
  canWrite,
  archived,
  hasActiveFilters,
  onReset,
  query,
  filters,
  renderTable,
  onPageChange,
}: RegistryListLayoutProps<T>) {
  const { t } = useTranslation();
  const page = query.data;
  const isEmpty = page !== undefined && page.items.length === 0;

  return (
    <>
      <PageHeader
        title={texts.title}
        description={texts.subtitle}
        actions={
          canWrite && (
            <Button component={Link} to={newPath} leftSection={<PlusIcon size={16} />}>
              {texts.newLabel}
            </Button>
          )
        }
      />
      {filters}
      {archived && (
        <Alert color="gray" variant="light" icon={<ArchiveIcon />} mb="md">
          {t('registry.archivedListHint')}
        </Alert>
      )}
      {query.isError && !page ? (
        <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <Paper withBorder radius="md" p="xs" style={{ opacity: query.isPlaceholderData ? 0.6 : 1 }}>
          {isEmpty ? (
            <ListEmptyState
              icon={icon}
              title={texts.emptyTitle}
              description={
                archived && !hasActiveFilters ? texts.emptyArchived : texts.emptyDescription
              }
              onClearFilters={hasActiveFilters ? onReset : undefined}
            />
          ) : (
            renderTable(page?.items)
          )}
        </Paper>
      )}
      {query.isError && page && (
        <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      )}
      {page && page.total > 0 && (
        <PageFooter
          page={page.page}
          pageSize={page.pageSize}
          total={page.total}
          onPageChange={onPageChange}
        />
      )}
    </>
  );
}

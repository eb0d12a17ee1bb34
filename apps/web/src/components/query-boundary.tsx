import { Center, Loader } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { isApiError } from '@/lib/api';

import { ErrorAlert } from './error-alert';
import { CompassIcon } from './icons';
import { StatusPage } from './status-page';

export type QueryBoundaryProps<T> = {
  query: UseQueryResult<T>;
  /** Where "not found" sends the user back to. */
  backTo: string;
  children: (data: T) => ReactNode;
};

/** A record's page while it loads, when it is missing (404) or failed, and once it is there. */
export function QueryBoundary<T>({ query, backTo, children }: QueryBoundaryProps<T>) {
  const { t } = useTranslation();
  if (query.data !== undefined) return children(query.data);
  if (query.isError) {
    if (isApiError(query.error) && (query.error.status === 404 || query.error.status === 400)) {
      return (
        <StatusPage
          color="gray"
          icon={<CompassIcon size={26} />}
          title={t('registry.notFoundTitle')}
          description={t('registry.notFoundDescription')}
          actionLabel={t('registry.backToList')}
          actionTo={backTo}
        />
      );
    }
    return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  }
  return (
    <Center py={64}>
      <Loader aria-label={t('app.loading')} />
    </Center>
  );
}

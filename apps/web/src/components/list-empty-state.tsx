import { Button, EmptyState } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export type ListEmptyStateProps = {
  icon: ReactNode;
  title: string;
  description: string;
  /** Offers "Clear filters" when set. */
  onClearFilters?: () => void;
  action?: ReactNode;
};

export function ListEmptyState({
  icon,
  title,
  description,
  onClearFilters,
  action,
}: ListEmptyStateProps) {
  const { t } = useTranslation();
  return (
    <EmptyState py="xl" withIndicatorBackground data-testid="list-empty">
      <EmptyState.Indicator>{icon}</EmptyState.Indicator>
      <EmptyState.Title order={2}>{title}</EmptyState.Title>
      <EmptyState.Description>{description}</EmptyState.Description>
      {(onClearFilters || action) && (
        <EmptyState.Actions>
          {onClearFilters && (
            <Button variant="light" onClick={onClearFilters}>
              {t('common.clearFilters')}
            </Button>
          )}
          {action}
        </EmptyState.Actions>
      )}
    </EmptyState>
  );
}

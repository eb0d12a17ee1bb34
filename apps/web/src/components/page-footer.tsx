import { Group, Pagination, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { formatNumber } from '@/lib/format';
import { currentLanguage } from '@/lib/i18n';

const CONTROL_LABELS = {
  first: 'common.firstPage',
  previous: 'common.previousPage',
  next: 'common.nextPage',
  last: 'common.lastPage',
} as const;

export type PageFooterProps = {
  page: number;
  pageSize: number;
  total: number;
  /** False when the server estimated the total (beyond the count it makes exactly). */
  totalExact?: boolean;
  onPageChange: (page: number) => void;
};

/** "Showing 26–50 of 132" (or "of about 250,000") and the page controls under a server-paginated table. */
export function PageFooter({
  page,
  pageSize,
  total,
  totalExact = true,
  onPageChange,
}: PageFooterProps) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const from = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const to = Math.min(total, page * pageSize);
  return (
    <Group justify="space-between" mt="md" gap="sm">
      <Text size="sm" c="dimmed" aria-live="polite">
        {t(totalExact ? 'common.showing' : 'common.showingAbout', {
          from: formatNumber(from, language),
          to: formatNumber(to, language),
          total: formatNumber(total, language),
        })}
      </Text>
      {pages > 1 && (
        <Pagination
          total={pages}
          value={Math.min(page, pages)}
          onChange={onPageChange}
          size="sm"
          withEdges
          aria-label={t('common.pagination')}
          getItemProps={(item) => ({ 'aria-label': t('common.pageNumber', { page: item }) })}
          getControlProps={(control) => ({ 'aria-label': t(CONTROL_LABELS[control]) })}
        />
      )}
    </Group>
  );
}

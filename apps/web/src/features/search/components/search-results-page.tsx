import { Button, Group, Loader, Stack, Text, UnstyledButton } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';

import { SEARCH_MIN_LENGTH, type RecordKind } from '@khsae/domain';

import { searchQueryOptions } from '@/api/search';
import { PageHeader } from '@/components/page-header';
import { SectionCard } from '@/components/section-card';

import { GROUP_ORDER } from '../search-navigation';

import { type HeaderSearchProps, ResultLine, resultPath } from './header-search';

/** Results of one kind shown at a time on the results page. */
export const RESULTS_PAGE_SIZE = 10;

export type SearchResultsPageProps = HeaderSearchProps;

/**
 * /search?q=…: everything the header search finds, grouped by kind, exact matches first in each group,
 * each group paged on its own (the header's list shows the best twenty only).
 */
export function SearchResultsPage({ kinds, placePath }: SearchResultsPageProps) {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const q = (params.get('q') ?? '').trim();
  const ordered = GROUP_ORDER.filter((kind) => kinds.includes(kind));
  return (
    <Stack gap="md">
      <PageHeader
        title={t('search.results.title')}
        description={q ? t('search.results.for', { q }) : t('search.results.empty')}
      />
      {q.length < SEARCH_MIN_LENGTH ? (
        <Text c="dimmed">{t('search.typeMore', { min: SEARCH_MIN_LENGTH })}</Text>
      ) : (
        ordered.map((kind) => (
          // A new query starts every group on its first page.
          <KindResults key={`${kind}:${q}`} kind={kind} q={q} placePath={placePath} />
        ))
      )}
    </Stack>
  );
}

function KindResults({
  kind,
  q,
  placePath,
}: {
  kind: RecordKind;
  q: string;
  placePath: HeaderSearchProps['placePath'];
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [page, setPage] = useState(0);
  // One more than a page: whether there is a next page, without counting them all.
  const search = useQuery(
    searchQueryOptions({
      q,
      kinds: [kind],
      limit: RESULTS_PAGE_SIZE + 1,
      offset: page * RESULTS_PAGE_SIZE,
    }),
  );
  const results = (search.data ?? []).slice(0, RESULTS_PAGE_SIZE);
  const hasNext = (search.data?.length ?? 0) > RESULTS_PAGE_SIZE;
  if (page === 0 && search.isSuccess && !search.isPlaceholderData && results.length === 0)
    return null;
  return (
    <SectionCard
      title={t(`search.groups.${kind}`)}
      data-testid={`search-results-${kind}`}
      actions={search.isFetching ? <Loader size={14} aria-label={t('search.searching')} /> : null}
    >
      {search.isError ? (
        <Text c="red.8" size="sm" role="alert">
          {t('search.results.failed')}
        </Text>
      ) : (
        <Stack gap={4} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {results.map((result) => {
            const path = resultPath(result, placePath);
            return (
              <li key={result.id}>
                {path ? (
                  <UnstyledButton
                    onClick={() => void navigate(path)}
                    w="100%"
                    p={6}
                    style={{ borderRadius: 'var(--mantine-radius-sm)' }}
                    data-testid="search-page-result"
                  >
                    <ResultLine result={result} />
                  </UnstyledButton>
                ) : (
                  <div style={{ padding: 6 }} data-testid="search-page-result">
                    <ResultLine result={result} />
                  </div>
                )}
              </li>
            );
          })}
        </Stack>
      )}
      {(page > 0 || hasNext) && (
        <Group justify="space-between" mt="sm">
          <Button
            variant="default"
            size="xs"
            disabled={page === 0}
            onClick={() => setPage((p) => Math.max(0, p - 1))}
          >
            {t('search.results.previous')}
          </Button>
          <Text size="xs" c="dimmed">
            {t('search.results.page', { page: page + 1 })}
          </Text>
          <Button
            variant="default"
            size="xs"
            disabled={!hasNext}
            onClick={() => setPage((p) => p + 1)}
          >
            {t('search.results.next')}
          </Button>
        </Group>
      )}
    </SectionCard>
  );
}

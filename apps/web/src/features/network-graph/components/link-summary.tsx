import { Badge, Group, Stack, Text } from '@mantine/core';

import type { GraphEdge } from '@/lib/api-types';
import { formatDate } from '@/lib/format';
import { isLanguage } from '@/lib/i18n';

import { useGraphTranslation } from '../i18n/graph-i18n';
import { confidenceLabel, linkSourceLabel, linkTypeLabel } from '../i18n/graph-labels';

const CONFIDENCE_COLORS = {
  confirmed: 'green',
  probable: 'blue',
  possible: 'yellow',
  unverified: 'gray',
} as const;

export type LinkSummaryProps = {
  link: GraphEdge;
  labelOf: (key: string) => string;
  /** The record whose panel lists the link: its own name is not bold. */
  from?: string;
};

/** One link in words: who, what, who, how sure, when, and its evidence. */
export function LinkSummary({ link, labelOf, from }: LinkSummaryProps) {
  const { t, language } = useGraphTranslation();
  const started = formatDate(link.startedOn, isLanguage(language) ? language : 'en');
  const ended = formatDate(link.endedOn, isLanguage(language) ? language : 'en');
  const dates =
    started && ended
      ? t('details.between', { from: started, to: ended })
      : started
        ? t('details.since', { date: started })
        : ended
          ? t('details.until', { date: ended })
          : t('details.undated');
  return (
    <Stack gap={2}>
      <Group gap={6} wrap="wrap">
        <Text size="sm" fw={link.source === from ? 400 : 600}>
          {labelOf(link.source)}
        </Text>
        <Text size="sm" c="dimmed">
          {linkTypeLabel(t, link.type)} →
        </Text>
        <Text size="sm" fw={link.target === from ? 400 : 600}>
          {labelOf(link.target)}
        </Text>
      </Group>
      <Group gap={6} wrap="wrap">
        <Badge size="xs" variant="light" color={CONFIDENCE_COLORS[link.confidence]}>
          {confidenceLabel(t, link.confidence)}
        </Badge>
        <Text size="xs" c="dimmed">
          {linkSourceLabel(t, link.sourceKind)} · {dates}
        </Text>
      </Group>
      <Text
        size="xs"
        fs={link.evidence ? undefined : 'italic'}
        c={link.evidence ? undefined : 'dimmed'}
      >
        {link.evidence ?? t('details.noEvidence')}
      </Text>
    </Stack>
  );
}

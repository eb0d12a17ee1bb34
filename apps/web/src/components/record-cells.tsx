import { Anchor, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import type { RecordKind } from '@khsae/domain';

import type { PlaceSummary } from '@/lib/api-types';
import { formatDate, formatDateTime } from '@/lib/format';
import { currentLanguage } from '@/lib/i18n';
import { placePath } from '@/lib/place-label';
import { recordPath } from '@/lib/record-paths';

import { ScriptText } from './script-text';

/** "None", dimmed: a value that was never recorded. */
export function NoneText() {
  const { t } = useTranslation();
  return (
    <Text size="sm" c="dimmed">
      {t('common.none')}
    </Text>
  );
}

/** A record's reference code (B-0042, C-0007). */
export function CodeText({ code }: { code: string }) {
  return (
    <Text size="sm" ff="monospace">
      {code}
    </Text>
  );
}

export type RecordLinkProps = {
  kind: RecordKind;
  id: string;
  children: ReactNode;
  ff?: 'monospace';
};

/** A record's name as a link to its page. */
export function RecordLink({ kind, id, children, ff }: RecordLinkProps) {
  return (
    <Anchor
      component={Link}
      to={recordPath(kind, id) ?? ''}
      size="sm"
      fw={600}
      ff={ff}
      style={ff ? { whiteSpace: 'nowrap' } : undefined}
    >
      {children}
    </Anchor>
  );
}

/** A place with its parents, small and dimmed, in at most two lines. */
export function PlacePathText({ place }: { place: PlaceSummary | null }) {
  const { i18n } = useTranslation();
  return (
    <ScriptText size="xs" c="dimmed" lineClamp={2} fallback={<NoneText />}>
      {place ? placePath(place, currentLanguage(i18n)) : null}
    </ScriptText>
  );
}

/** A calendar day, or "None". */
export function DateText({ day }: { day: string | null }) {
  const { t, i18n } = useTranslation();
  return (
    <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
      {formatDate(day, currentLanguage(i18n)) ?? t('common.none')}
    </Text>
  );
}

/** A moment (when a record last changed). */
export function DateTimeText({ at }: { at: string }) {
  const { i18n } = useTranslation();
  return (
    <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
      {formatDateTime(at, currentLanguage(i18n))}
    </Text>
  );
}

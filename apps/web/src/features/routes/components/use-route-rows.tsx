import { Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import type { FieldRow } from '@/components/field-list';
import { ScriptText } from '@/components/script-text';
import type { RecruitmentRoute } from '@/lib/api-types';
import { enumLabel } from '@/lib/enumerations';
import { formatDate, formatNumber } from '@/lib/format';
import { currentLanguage } from '@/lib/i18n';
import { placePath } from '@/lib/place-label';
import { recordPath } from '@/lib/record-paths';

export function useRouteRows(): (route: RecruitmentRoute) => FieldRow[] {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  return (route) => [
    { key: 'refCode', label: t('routes.fields.refCode'), value: route.refCode },
    { key: 'name', label: t('routes.fields.name'), value: route.name },
    {
      key: 'originPlace',
      label: t('routes.fields.originPlace'),
      value: <ScriptText size="sm">{placePath(route.originPlace, language)}</ScriptText>,
    },
    {
      key: 'destinationCompound',
      label: t('routes.fields.destination'),
      value: route.destinationCompound ? (
        <Anchor
          component={Link}
          to={recordPath('compound', route.destinationCompound.id) ?? ''}
          size="sm"
        >
          {route.destinationCompound.name} ({route.destinationCompound.refCode})
        </Anchor>
      ) : route.destinationPlace ? (
        <ScriptText size="sm">{placePath(route.destinationPlace, language)}</ScriptText>
      ) : null,
    },
    { key: 'lureJob', label: t('routes.fields.lureJob'), value: route.lureJob },
    {
      key: 'lureChannel',
      label: t('routes.fields.lureChannel'),
      value: route.lureChannel ? enumLabel(t, 'recruitmentChannel', route.lureChannel) : null,
    },
    {
      key: 'moneyAdvanced',
      label: t('routes.fields.moneyAdvanced'),
      value:
        route.moneyAdvanced !== null
          ? `${formatNumber(route.moneyAdvanced, language)} ${route.currency ?? ''}`.trim()
          : null,
    },
    {
      key: 'firstSeen',
      label: t('routes.fields.firstSeen'),
      value: formatDate(route.firstSeen, language),
    },
    {
      key: 'lastSeen',
      label: t('routes.fields.lastSeen'),
      value: formatDate(route.lastSeen, language),
    },
    { key: 'notes', label: t('routes.fields.notes'), value: route.notes },
  ];
}

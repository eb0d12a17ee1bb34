import { Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import type { FieldRow } from '@/components/field-list';
import { ScriptText } from '@/components/script-text';
import type { Victim } from '@/lib/api-types';
import { countryName } from '@/lib/countries';
import { enumLabel } from '@/lib/enumerations';
import { formatDate } from '@/lib/format';
import { currentLanguage } from '@/lib/i18n';
import { placePath } from '@/lib/place-label';

import { VictimStatusBadge } from './victim-status-badge';

/** The pseudonymous fields of a victim as label/value rows (never identity fields). */
export function useVictimRows(): (victim: Victim) => FieldRow[] {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  return (victim) => [
    { key: 'code', label: t('victims.fields.code'), value: victim.code },
    {
      key: 'status',
      label: t('victims.fields.status'),
      value: <VictimStatusBadge status={victim.status} />,
    },
    { key: 'sex', label: t('victims.fields.sex'), value: enumLabel(t, 'sex', victim.sex) },
    {
      key: 'ageBand',
      label: t('victims.fields.ageBand'),
      value: enumLabel(t, 'ageBand', victim.ageBand),
    },
    {
      key: 'nationality',
      label: t('victims.fields.nationality'),
      value: countryName(victim.nationality, language),
    },
    {
      key: 'homePlace',
      label: t('victims.fields.homePlace'),
      value: victim.homePlace ? (
        <ScriptText size="sm">{placePath(victim.homePlace, language)}</ScriptText>
      ) : null,
    },
    {
      key: 'recruitedOn',
      label: t('victims.fields.recruitedOn'),
      value: formatDate(victim.recruitedOn, language),
    },
    { key: 'jobPromised', label: t('victims.fields.jobPromised'), value: victim.jobPromised },
    {
      key: 'recruitmentChannel',
      label: t('victims.fields.recruitmentChannel'),
      value: victim.recruitmentChannel
        ? enumLabel(t, 'recruitmentChannel', victim.recruitmentChannel)
        : null,
    },
    {
      key: 'exploitationType',
      label: t('victims.fields.exploitationType'),
      value: victim.exploitationType
        ? enumLabel(t, 'exploitationType', victim.exploitationType)
        : null,
    },
    {
      key: 'meansOfControl',
      label: t('victims.fields.meansOfControl'),
      value: victim.meansOfControl.length ? (
        <Group gap={6}>
          {victim.meansOfControl.map((means) => (
            <Text
              key={means}
              size="sm"
              component="span"
              px={6}
              bg="gray.1"
              style={{ borderRadius: 4 }}
            >
              {enumLabel(t, 'meansOfControl', means)}
            </Text>
          ))}
        </Group>
      ) : null,
    },
    {
      key: 'consentToShare',
      label: t('victims.fields.consentToShare'),
      value: victim.consentToShare ? t('victims.consentYes') : t('victims.consentNo'),
    },
    { key: 'notes', label: t('victims.fields.notes'), value: victim.notes },
  ];
}

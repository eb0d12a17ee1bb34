import { Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import type { FieldRow } from '@/components/field-list';
import { ScriptText } from '@/components/script-text';
import type { Broker } from '@/lib/api-types';
import { countryName } from '@/lib/countries';
import { enumLabel } from '@/lib/enumerations';
import { currentLanguage } from '@/lib/i18n';
import { placePath } from '@/lib/place-label';

import { BrokerRoleBadge, LegalStatusBadge } from './broker-badges';

/** Every field of a broker as label/value rows (the detail page and the conflict display). */
export function useBrokerRows(): (broker: Broker) => FieldRow[] {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  return (broker) => [
    { key: 'refCode', label: t('brokers.fields.refCode'), value: broker.refCode },
    {
      key: 'nameKm',
      label: t('brokers.fields.nameKm'),
      value: broker.nameKm ? <ScriptText size="sm">{broker.nameKm}</ScriptText> : null,
    },
    { key: 'nameLatin', label: t('brokers.fields.nameLatin'), value: broker.nameLatin },
    {
      key: 'aliases',
      label: t('brokers.fields.aliases'),
      value: broker.aliases.length ? (
        <Group gap={6}>
          {broker.aliases.map((alias) => (
            <ScriptText key={alias} size="sm" component="span">
              {alias}
            </ScriptText>
          ))}
        </Group>
      ) : null,
    },
    { key: 'sex', label: t('brokers.fields.sex'), value: enumLabel(t, 'sex', broker.sex) },
    {
      key: 'birthYear',
      label: t('brokers.fields.birthYear'),
      value: broker.birthYear ? String(broker.birthYear) : null,
    },
    {
      key: 'nationality',
      label: t('brokers.fields.nationality'),
      value: countryName(broker.nationality, language),
    },
    {
      key: 'homePlace',
      label: t('brokers.fields.homePlace'),
      value: broker.homePlace ? (
        <ScriptText size="sm">{placePath(broker.homePlace, language)}</ScriptText>
      ) : null,
    },
    { key: 'role', label: t('brokers.fields.role'), value: <BrokerRoleBadge role={broker.role} /> },
    {
      key: 'legalStatus',
      label: t('brokers.fields.legalStatus'),
      value: <LegalStatusBadge status={broker.legalStatus} />,
    },
    {
      key: 'notes',
      label: t('brokers.fields.notes'),
      value: broker.notes ? (
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {broker.notes}
        </Text>
      ) : null,
    },
  ];
}

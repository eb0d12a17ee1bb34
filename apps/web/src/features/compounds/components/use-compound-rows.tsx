import { Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import type { FieldRow } from '@/components/field-list';
import { ScriptText } from '@/components/script-text';
import type { Compound } from '@/lib/api-types';
import { countryName } from '@/lib/countries';
import { enumLabel } from '@/lib/enumerations';
import { currentLanguage } from '@/lib/i18n';
import { placePath } from '@/lib/place-label';

import { CompoundStatusBadge } from './compound-status-badge';

function Chips({ items }: { items: string[] }) {
  return (
    <Group gap={6}>
      {items.map((item) => (
        <Text key={item} size="sm" component="span" px={6} bg="gray.1" style={{ borderRadius: 4 }}>
          {item}
        </Text>
      ))}
    </Group>
  );
}

export function useCompoundRows(): (compound: Compound) => FieldRow[] {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  return (compound) => [
    { key: 'refCode', label: t('compounds.fields.refCode'), value: compound.refCode },
    {
      key: 'name',
      label: t('compounds.fields.name'),
      value: <ScriptText size="sm">{compound.name}</ScriptText>,
    },
    {
      key: 'aliases',
      label: t('compounds.fields.aliases'),
      value: compound.aliases.length ? (
        <Group gap={8}>
          {compound.aliases.map((alias) => (
            <ScriptText key={alias} size="sm" component="span">
              {alias}
            </ScriptText>
          ))}
        </Group>
      ) : null,
    },
    {
      key: 'status',
      label: t('compounds.fields.status'),
      value: <CompoundStatusBadge status={compound.status} />,
    },
    {
      key: 'countryCode',
      label: t('compounds.fields.countryCode'),
      value: countryName(compound.countryCode, language),
    },
    {
      key: 'place',
      label: t('compounds.fields.place'),
      value: compound.place ? (
        <ScriptText size="sm">{placePath(compound.place, language)}</ScriptText>
      ) : null,
    },
    { key: 'address', label: t('compounds.fields.address'), value: compound.address },
    {
      key: 'coordinates',
      label: t('compounds.fields.coordinates'),
      value:
        compound.lat !== null && compound.lng !== null ? `${compound.lat}, ${compound.lng}` : null,
    },
    { key: 'operator', label: t('compounds.fields.operator'), value: compound.operator },
    {
      key: 'scamTypes',
      label: t('compounds.fields.scamTypes'),
      value: compound.scamTypes.length ? (
        <Chips items={compound.scamTypes.map((s) => enumLabel(t, 'scamType', s))} />
      ) : null,
    },
    {
      key: 'indicators',
      label: t('compounds.fields.indicators'),
      value: compound.indicators.length ? (
        <Chips items={compound.indicators.map((i) => enumLabel(t, 'compoundIndicator', i))} />
      ) : null,
    },
    { key: 'notes', label: t('compounds.fields.notes'), value: compound.notes },
  ];
}

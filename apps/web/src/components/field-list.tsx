import { DataList, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export type FieldRow = {
  key: string;
  label: string;
  /** null, undefined, '' or an empty list show as "Not recorded". */
  value: ReactNode;
};

export type FieldListProps = {
  rows: FieldRow[];
  labelWidth?: number;
  /** Keys of rows to mark (e.g. fields someone else changed). */
  marked?: readonly string[];
  markLabel?: string;
};

function isEmpty(value: ReactNode): boolean {
  return (
    value === null ||
    value === undefined ||
    value === '' ||
    (Array.isArray(value) && value.length === 0)
  );
}

/** A record's fields as label/value pairs, the empty ones said so rather than left blank. */
export function FieldList({ rows, labelWidth = 190, marked = [], markLabel }: FieldListProps) {
  const { t } = useTranslation();
  return (
    <DataList labelWidth={labelWidth} withDivider>
      {rows.map((row) => (
        <DataList.Item key={row.key} data-field={row.key}>
          <DataList.ItemLabel>
            {row.label}
            {marked.includes(row.key) && markLabel ? (
              <Text component="span" size="xs" c="orange.8" fw={600} ml={6}>
                ({markLabel})
              </Text>
            ) : null}
          </DataList.ItemLabel>
          <DataList.ItemValue>
            {isEmpty(row.value) ? (
              <Text size="sm" c="dimmed">
                {t('registry.notRecorded')}
              </Text>
            ) : typeof row.value === 'string' || typeof row.value === 'number' ? (
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {row.value}
              </Text>
            ) : (
              row.value
            )}
          </DataList.ItemValue>
        </DataList.Item>
      ))}
    </DataList>
  );
}

import { Group, Table, Text, UnstyledButton } from '@mantine/core';
import type { ReactNode } from 'react';

import { ChevronDownIcon, ChevronUpIcon, SelectorIcon } from './icons';

export type SortableThProps = {
  children: ReactNode;
  /** asc/desc when the table is sorted by this column, otherwise null. */
  sorted: 'asc' | 'desc' | null;
  onSort: () => void;
  sortLabel: string;
};

export function SortableTh({ children, sorted, onSort, sortLabel }: SortableThProps) {
  const SortIcon =
    sorted === 'asc' ? ChevronUpIcon : sorted === 'desc' ? ChevronDownIcon : SelectorIcon;
  return (
    <Table.Th
      aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'}
      p={0}
    >
      <UnstyledButton
        onClick={onSort}
        title={sortLabel}
        px="sm"
        py="xs"
        w="100%"
        style={{ borderRadius: 'var(--mantine-radius-sm)' }}
      >
        <Group justify="space-between" gap={4} wrap="nowrap">
          <Text fw={600} size="sm" component="span">
            {children}
          </Text>
          <SortIcon size={14} style={{ opacity: sorted ? 1 : 0.45, flexShrink: 0 }} />
        </Group>
      </UnstyledButton>
    </Table.Th>
  );
}

import { SimpleGrid, Table, Text, Title } from '@mantine/core';

import type { SankeyLinkInput, SankeyNodeInput } from '../model/sankey';

export type FlowTableProps = {
  nodes: SankeyNodeInput[];
  links: SankeyLinkInput[];
  total: number;
  columnTitles: string[];
  headings: { name: string; victims: string; share: string };
  title: string;
  language: string;
};

/** The numbers behind the diagram: victims per village, broker, compound and country. */
export function FlowTable({
  nodes,
  links,
  total,
  columnTitles,
  headings,
  title,
  language,
}: FlowTableProps) {
  const count = new Intl.NumberFormat(language);
  const percent = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 });
  const valueOf = (key: string) => {
    const inflow = links.filter((l) => l.to === key).reduce((s, l) => s + l.value, 0);
    const outflow = links.filter((l) => l.from === key).reduce((s, l) => s + l.value, 0);
    return Math.max(inflow, outflow);
  };
  return (
    <section aria-label={title}>
      <Title order={3} size="h5" mb="xs">
        {title}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" style={{ alignItems: 'start' }}>
        {columnTitles.map((columnTitle, column) => {
          const rows = nodes
            .filter((n) => n.column === column)
            .map((n) => ({ ...n, value: valueOf(n.key) }))
            .sort((a, b) => b.value - a.value);
          if (rows.length === 0) return null;
          return (
            <Table
              key={columnTitle}
              fz="xs"
              verticalSpacing={3}
              striped
              aria-label={columnTitle}
              data-testid={`flows-table-${column}`}
            >
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{columnTitle}</Table.Th>
                  <Table.Th ta="right">{headings.victims}</Table.Th>
                  <Table.Th ta="right">{headings.share}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((row) => (
                  <Table.Tr key={row.key}>
                    <Table.Td>
                      <Text size="xs">{row.label}</Text>
                    </Table.Td>
                    <Table.Td ta="right">{count.format(row.value)}</Table.Td>
                    <Table.Td ta="right">
                      {total > 0 ? percent.format(row.value / total) : '—'}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          );
        })}
      </SimpleGrid>
    </section>
  );
}

import { Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

export type SectionCardProps = {
  title: ReactNode;
  description?: ReactNode;
  actions?: ReactNode;
  children: ReactNode;
  'data-testid'?: string;
};

/** One titled part of a record's page (details, identifiers, links). */
export function SectionCard({
  title,
  description,
  actions,
  children,
  'data-testid': testId,
}: SectionCardProps) {
  return (
    <Paper withBorder radius="md" p="lg" component="section" data-testid={testId}>
      <Group justify="space-between" align="flex-start" mb="md" gap="sm">
        <Stack gap={2}>
          <Title order={2} size="h4">
            {title}
          </Title>
          {description ? (
            <Text size="sm" c="dimmed">
              {description}
            </Text>
          ) : null}
        </Stack>
        {actions ? <Group gap="xs">{actions}</Group> : null}
      </Group>
      {children}
    </Paper>
  );
}

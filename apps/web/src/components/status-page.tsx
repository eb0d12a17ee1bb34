import { Button, Center, EmptyState, Paper } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

export type StatusPageProps = {
  icon: ReactNode;
  title: ReactNode;
  description: ReactNode;
  actionLabel?: string;
  actionTo?: string;
  color?: string;
  /** 1 when this message is the whole page, 2 when it sits under a page title. */
  headingOrder?: 1 | 2;
};

/** A calm full-page message (coming soon, no access, not found) instead of a blank screen. */
export function StatusPage({
  icon,
  title,
  description,
  actionLabel,
  actionTo,
  color = 'blue',
  headingOrder = 1,
}: StatusPageProps) {
  return (
    <Center py={48}>
      <Paper withBorder radius="md" p="xl" maw={560} w="100%">
        <EmptyState variant="light" color={color} size="lg">
          <EmptyState.Indicator>{icon}</EmptyState.Indicator>
          <EmptyState.Title order={headingOrder}>{title}</EmptyState.Title>
          <EmptyState.Description>{description}</EmptyState.Description>
          {actionLabel && actionTo && (
            <EmptyState.Actions>
              <Button component={Link} to={actionTo} variant="light">
                {actionLabel}
              </Button>
            </EmptyState.Actions>
          )}
        </EmptyState>
      </Paper>
    </Center>
  );
}

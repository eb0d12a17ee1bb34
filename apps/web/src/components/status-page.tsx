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
};

/** A calm full-page message (coming soon, no access, not found) instead of a blank screen. */
export function StatusPage({ icon, title, description, actionLabel, actionTo, color = 'blue' }: StatusPageProps) {
  return (
    <Center py={64}>
      <Paper withBorder radius="md" p="xl" maw={560} w="100%">
        <EmptyState variant="light" color={color} size="lg" icon={icon} title={title} description={description}>
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

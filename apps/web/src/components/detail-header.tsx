import { Anchor, Group, Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

import { hasKhmer, KHMER_FONT_STACK } from '@/lib/script';

import { ArrowLeftIcon } from './icons';

export type DetailHeaderProps = {
  backTo: string;
  backLabel: string;
  title: string;
  /** A second line under the title, e.g. the name in the other script. */
  subtitle?: ReactNode;
  badges?: ReactNode;
  actions?: ReactNode;
};

/** The top of a record's page: the way back to its list, its name, badges and actions. */
export function DetailHeader({
  backTo,
  backLabel,
  title,
  subtitle,
  badges,
  actions,
}: DetailHeaderProps) {
  const khmer = hasKhmer(title);
  return (
    <Stack gap="xs" mb="lg">
      <Anchor component={Link} to={backTo} size="sm" c="dimmed" w="fit-content">
        <Group gap={4} component="span">
          <ArrowLeftIcon size={14} />
          {backLabel}
        </Group>
      </Anchor>
      <Group justify="space-between" align="flex-end" wrap="wrap" gap="md">
        <Stack gap={4}>
          <Title
            order={1}
            size="h2"
            lang={khmer ? 'km' : undefined}
            style={khmer ? { fontFamily: KHMER_FONT_STACK } : undefined}
            data-testid="record-title"
          >
            {title}
          </Title>
          {subtitle}
          {badges ? <Group gap="xs">{badges}</Group> : null}
        </Stack>
        {actions ? <Group gap="sm">{actions}</Group> : null}
      </Group>
    </Stack>
  );
}

import { Badge, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { FormErrorAlert } from '@/components/error-alert';
import { notifyDone } from '@/components/notify-done';
import { RoleBadge } from '@/components/role-badge';
import { formatDateTime } from '@/lib/format';
import { currentLanguage } from '@/lib/i18n';

import {
  pendingRoleGrantsQueryOptions,
  type RoleGrant,
  useDecideRoleGrant,
} from '../api/role-grant-queries';

/**
 * Role grants waiting for a second person (two-person rule): who asked for which role for whom, with
 * approve and decline for those who may decide. Nothing is shown while none wait.
 */
export function PendingRoleGrants() {
  const { t, i18n } = useTranslation();
  const grants = useQuery(pendingRoleGrantsQueryOptions());
  const decide = useDecideRoleGrant();
  const [deciding, setDeciding] = useState<string | null>(null);
  const language = currentLanguage(i18n);

  if (!grants.data?.length) return null;

  function run(grant: RoleGrant, decision: 'approve' | 'decline') {
    setDeciding(grant.id);
    decide.mutate(
      { id: grant.id, version: grant.version, decision },
      {
        onSuccess: () =>
          notifyDone(
            t,
            t(decision === 'approve' ? 'users.grants.approved' : 'users.grants.declined', {
              name: grant.user.displayName,
              role: t(`roles.${grant.role}`),
            }),
          ),
      },
    );
  }

  return (
    <Paper
      withBorder
      radius="md"
      p="md"
      mb="md"
      component="section"
      aria-labelledby="pending-grants"
    >
      <Stack gap="sm">
        <div>
          <Title order={2} size="h4" id="pending-grants">
            {t('users.grants.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('users.grants.subtitle')}
          </Text>
        </div>
        <FormErrorAlert error={decide.error} />
        <Table.ScrollContainer minWidth={640}>
          <Table verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('users.grants.account')}</Table.Th>
                <Table.Th>{t('users.grants.role')}</Table.Th>
                <Table.Th>{t('users.grants.requestedBy')}</Table.Th>
                <Table.Th>{t('common.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {grants.data.map((grant) => (
                <Table.Tr key={grant.id} data-testid="pending-grant">
                  <Table.Td>
                    <Text size="sm" fw={500}>
                      {grant.user.displayName}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {grant.user.email}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Group gap={6} wrap="nowrap">
                      <RoleBadge role={grant.role} />
                      <Badge variant="outline" color="gray" tt="none">
                        {t(`users.grants.kinds.${grant.kind}`)}
                      </Badge>
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{grant.requestedBy.displayName}</Text>
                    <Text size="xs" c="dimmed">
                      {formatDateTime(grant.requestedAt, language)}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    {grant.mayDecide ? (
                      <Group gap={4} wrap="nowrap">
                        <Button
                          size="xs"
                          color="green"
                          loading={decide.isPending && deciding === grant.id}
                          onClick={() => run(grant, 'approve')}
                          aria-label={t('users.grants.approveLabel', {
                            name: grant.user.displayName,
                          })}
                        >
                          {t('users.grants.approve')}
                        </Button>
                        <Button
                          size="xs"
                          variant="subtle"
                          color="red"
                          disabled={decide.isPending && deciding === grant.id}
                          onClick={() => run(grant, 'decline')}
                          aria-label={t('users.grants.declineLabel', {
                            name: grant.user.displayName,
                          })}
                        >
                          {t('users.grants.decline')}
                        </Button>
                      </Group>
                    ) : (
                      <Text size="xs" c="dimmed">
                        {t('users.grants.notYours')}
                      </Text>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Stack>
    </Paper>
  );
}

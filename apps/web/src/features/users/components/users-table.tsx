import { Badge, Button, Group, Skeleton, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import type { UserSort } from '@khsae/domain';

import { RoleBadge } from '@/components/role-badge';
import { SortableTh } from '@/components/sortable-th';
import type { UserAccount } from '@/lib/api-types';
import { formatDateTime } from '@/lib/format';
import { currentLanguage } from '@/lib/i18n';

import type { UserListFilter } from '../api/user-keys';

export type UsersTableProps = {
  users: UserAccount[] | undefined;
  filter: UserListFilter;
  onSort: (sort: UserSort) => void;
  onEdit: (user: UserAccount) => void;
  onToggleDisabled: (user: UserAccount) => void;
};

const SKELETON_ROWS = 5;

export function UsersTable({ users, filter, onSort, onEdit, onToggleDisabled }: UsersTableProps) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);

  const sortableHeader = (sort: UserSort, label: string) => (
    <SortableTh
      sorted={filter.sort === sort ? filter.order : null}
      onSort={() => onSort(sort)}
      sortLabel={t('users.sortBy', { column: label })}
    >
      {label}
    </SortableTh>
  );

  return (
    <Table.ScrollContainer minWidth={860}>
      <Table verticalSpacing="sm" highlightOnHover striped={false} aria-label={t('users.title')}>
        <Table.Thead>
          <Table.Tr>
            {sortableHeader('displayName', t('users.columns.displayName'))}
            {sortableHeader('email', t('users.columns.email'))}
            {sortableHeader('role', t('users.columns.role'))}
            <Table.Th>{t('users.columns.status')}</Table.Th>
            {sortableHeader('lastLoginAt', t('users.columns.lastLoginAt'))}
            {sortableHeader('createdAt', t('users.columns.createdAt'))}
            <Table.Th>
              <Text component="span" size="sm" fw={600}>
                {t('common.actions')}
              </Text>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {users === undefined
            ? Array.from({ length: SKELETON_ROWS }, (_, row) => (
                <Table.Tr key={row}>
                  {Array.from({ length: 7 }, (_, cell) => (
                    <Table.Td key={cell}>
                      <Skeleton height={14} radius="sm" />
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))
            : users.map((user) => (
                <Table.Tr key={user.id} data-testid="user-row">
                  <Table.Td>
                    <Text size="sm" fw={500}>
                      {user.displayName}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{user.email}</Text>
                  </Table.Td>
                  <Table.Td>
                    <RoleBadge role={user.role} />
                  </Table.Td>
                  <Table.Td>
                    <Badge
                      color={user.disabled ? 'gray' : 'green'}
                      variant="dot"
                      tt="none"
                      style={{ minWidth: 'max-content' }}
                    >
                      {user.disabled ? t('users.disabled') : t('users.active')}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <Text
                      size="sm"
                      c={user.lastLoginAt ? undefined : 'dimmed'}
                      style={{ whiteSpace: 'nowrap' }}
                    >
                      {formatDateTime(user.lastLoginAt, language) ?? t('common.never')}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                      {formatDateTime(user.createdAt, language) ?? t('common.none')}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4} wrap="nowrap">
                      <Button
                        size="xs"
                        variant="subtle"
                        onClick={() => onEdit(user)}
                        aria-label={t('users.editLabel', { name: user.displayName })}
                      >
                        {t('users.edit')}
                      </Button>
                      <Button
                        size="xs"
                        variant="subtle"
                        color={user.disabled ? 'green' : 'red'}
                        onClick={() => onToggleDisabled(user)}
                        aria-label={
                          user.disabled
                            ? t('users.enableLabel', { name: user.displayName })
                            : t('users.disableLabel', { name: user.displayName })
                        }
                      >
                        {user.disabled ? t('users.enable') : t('users.disable')}
                      </Button>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

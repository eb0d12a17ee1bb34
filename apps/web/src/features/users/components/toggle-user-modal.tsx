import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { UserAccount } from '@/lib/api-types';
import { describeError } from '@/lib/describe-error';

import { conflictingUser, useUpdateUser } from '../api/user-mutations';
import { UserConflictAlert } from './user-conflict-alert';

export type ToggleUserModalProps = {
  user: UserAccount | null;
  onClose: () => void;
};

/** Confirms disabling or enabling an account; the intent is fixed when the dialog opens. */
export function ToggleUserModal({ user, onClose }: ToggleUserModalProps) {
  const { t } = useTranslation();
  const title = user
    ? user.disabled
      ? t('users.toggle.enableTitle', { name: user.displayName })
      : t('users.toggle.disableTitle', { name: user.displayName })
    : '';
  return (
    <Modal
      opened={user !== null}
      onClose={onClose}
      title={title}
      size="md"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {user && <ToggleUserBody key={user.id} user={user} onDone={onClose} />}
    </Modal>
  );
}

function ToggleUserBody({ user, onDone }: { user: UserAccount; onDone: () => void }) {
  const { t } = useTranslation();
  const updateUser = useUpdateUser();
  const [base, setBase] = useState(user);
  const [conflict, setConflict] = useState<UserAccount | null>(null);
  const disable = !user.disabled;

  function confirm() {
    updateUser.mutate(
      { id: base.id, version: base.version, disabled: disable },
      {
        onSuccess: (saved) => {
          notifications.show({
            closeButtonProps: { 'aria-label': t('common.close') },
            color: 'green',
            message: disable
              ? t('users.toggle.disabledSuccess', { name: saved.displayName })
              : t('users.toggle.enabledSuccess', { name: saved.displayName }),
          });
          onDone();
        },
        onError: (error) => setConflict(conflictingUser(error)),
      },
    );
  }

  const error = updateUser.error;
  return (
    <Stack gap="md">
      <Text size="sm">
        {disable
          ? t('users.toggle.disableBody', { name: base.displayName })
          : t('users.toggle.enableBody', { name: base.displayName })}
      </Text>
      {conflict && (
        <UserConflictAlert
          current={conflict}
          onReload={() => {
            setBase(conflict);
            setConflict(null);
            updateUser.reset();
          }}
        />
      )}
      {error && !conflict && (
        <Alert color="red" variant="light" role="alert">
          {describeError(error, t)}
        </Alert>
      )}
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>
          {t('common.cancel')}
        </Button>
        <Button
          color={disable ? 'red' : 'green'}
          onClick={confirm}
          loading={updateUser.isPending}
          disabled={conflict !== null}
          data-autofocus
        >
          {disable ? t('users.toggle.confirmDisable') : t('users.toggle.confirmEnable')}
        </Button>
      </Group>
    </Stack>
  );
}

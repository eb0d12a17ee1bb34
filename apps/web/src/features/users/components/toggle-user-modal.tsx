import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { UserAccount } from '@/lib/api-types';
import { conflictingRecord } from '@/lib/forms';
import { FormErrorAlert } from '@/components/error-alert';
import { notifyDone } from '@/components/notify-done';

import { useUpdateUser } from '../api/user-mutations';
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
          notifyDone(
            t,
            disable
              ? t('users.toggle.disabledSuccess', { name: saved.displayName })
              : saved.disabled
                ? // A role that reads identities is enabled only once a second person approves.
                  t('users.toggle.awaitingApproval', { name: saved.displayName })
                : t('users.toggle.enabledSuccess', { name: saved.displayName }),
          );
          onDone();
        },
        onError: (error) => setConflict(conflictingRecord<UserAccount>(error)),
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
      <FormErrorAlert error={!conflict && error} />
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

import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { readsIdentities } from '@khsae/domain';
import { useTranslation } from 'react-i18next';

import { FormErrorAlert } from '@/components/error-alert';
import type { UserAccount } from '@/lib/api-types';

import { useResetPassword } from '../api/user-mutations';
import { ResetCodeNotice } from './reset-code-notice';

export type ResetPasswordModalProps = {
  user: UserAccount | null;
  onClose: () => void;
};

/** Asks before resetting a password, then shows the one-time code once. */
export function ResetPasswordModal({ user, onClose }: ResetPasswordModalProps) {
  const { t } = useTranslation();
  const reset = useResetPassword();

  function close() {
    reset.reset();
    onClose();
  }

  return (
    <Modal
      opened={user !== null}
      onClose={close}
      title={user ? t('users.reset.title', { name: user.displayName }) : ''}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {reset.data ? (
        <ResetCodeNotice user={reset.data} onDone={close} />
      ) : (
        user && (
          <Stack gap="md">
            <Text size="sm">{t('users.reset.body', { name: user.displayName })}</Text>
            {readsIdentities(user.role) && !user.disabled && (
              <Text size="sm">
                {t('users.reset.needsApproval', { role: t(`roles.${user.role}`) })}
              </Text>
            )}
            <FormErrorAlert error={reset.error} />
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t('common.cancel')}
              </Button>
              <Button
                color="red"
                loading={reset.isPending}
                onClick={() => reset.mutate({ id: user.id, version: user.version })}
                data-autofocus
              >
                {t('users.reset.confirm')}
              </Button>
            </Group>
          </Stack>
        )
      )}
    </Modal>
  );
}

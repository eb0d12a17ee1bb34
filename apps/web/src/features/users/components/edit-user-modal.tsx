import { Alert, Button, Group, Modal, Select, Stack, Switch, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { isRole, PASSWORD_MIN_LENGTH, ROLES, type Role } from '@khsae/domain';

import { PasswordField } from '@/components/password-field';
import { isApiError } from '@/lib/api';
import type { UserAccount } from '@/lib/api-types';
import { describeError } from '@/lib/describe-error';

import { conflictingUser, useUpdateUser, type UpdateUserInput } from '../api/user-mutations';
import {
  hasErrors,
  serverFieldErrors,
  validateUserForm,
  type UserFormErrors,
} from '../user-validation';
import { UserConflictAlert } from './user-conflict-alert';

export type EditUserModalProps = {
  user: UserAccount | null;
  onClose: () => void;
};

export function EditUserModal({ user, onClose }: EditUserModalProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={user !== null}
      onClose={onClose}
      title={t('users.update.title')}
      size="md"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {user && <EditUserForm key={user.id} user={user} onDone={onClose} />}
    </Modal>
  );
}

type Values = { displayName: string; role: Role | null; disabled: boolean; password: string };

function valuesOf(user: UserAccount): Values {
  return { displayName: user.displayName, role: user.role, disabled: user.disabled, password: '' };
}

type EditUserFormProps = {
  user: UserAccount;
  onDone: () => void;
};

function EditUserForm({ user, onDone }: EditUserFormProps) {
  const { t } = useTranslation();
  const updateUser = useUpdateUser();
  // The version we edit against; only "reload and retry" moves it forward.
  const [base, setBase] = useState<UserAccount>(user);
  const [values, setValues] = useState<Values>(() => valuesOf(user));
  const [errors, setErrors] = useState<UserFormErrors>({});
  const [conflict, setConflict] = useState<UserAccount | null>(null);
  const [noChanges, setNoChanges] = useState(false);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setNoChanges(false);
    const found = validateUserForm(values, { t, passwordRequired: false });
    setErrors(found);
    if (hasErrors(found)) return;

    const patch: UpdateUserInput = { id: base.id, version: base.version };
    const displayName = values.displayName.trim();
    if (displayName !== base.displayName) patch.displayName = displayName;
    if (values.role && values.role !== base.role) patch.role = values.role;
    if (values.disabled !== base.disabled) patch.disabled = values.disabled;
    if (values.password) patch.password = values.password;
    if (Object.keys(patch).length === 2) {
      setNoChanges(true);
      return;
    }

    updateUser.mutate(patch, {
      onSuccess: (saved) => {
        notifications.show({
          closeButtonProps: { 'aria-label': t('common.close') },
          color: 'green',
          message: t('users.update.success', { name: saved.displayName }),
        });
        onDone();
      },
      onError: (error) => {
        const current = conflictingUser(error);
        if (current) setConflict(current);
        else setErrors(serverFieldErrors(error));
      },
    });
  }

  function reloadFromServer(current: UserAccount) {
    setBase(current);
    setValues(valuesOf(current));
    setErrors({});
    setConflict(null);
    updateUser.reset();
  }

  const error = updateUser.error;
  const showFormError = error && !conflict && !(isApiError(error) && error.body.fields?.length);

  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {base.email}
        </Text>
        {conflict && (
          <UserConflictAlert current={conflict} onReload={() => reloadFromServer(conflict)} />
        )}
        {showFormError && (
          <Alert color="red" variant="light" role="alert">
            {describeError(error, t)}
          </Alert>
        )}
        {noChanges && (
          <Alert color="blue" variant="light" role="status">
            {t('users.update.noChanges')}
          </Alert>
        )}
        <TextInput
          label={t('users.form.displayName')}
          required
          data-autofocus
          value={values.displayName}
          onChange={(event) => setValues({ ...values, displayName: event.currentTarget.value })}
          error={errors.displayName}
        />
        <Select
          label={t('users.form.role')}
          required
          data={ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
          value={values.role}
          onChange={(value) => setValues({ ...values, role: isRole(value) ? value : null })}
          error={errors.role}
          allowDeselect={false}
        />
        <Switch
          label={t('users.form.disabled')}
          description={t('users.form.disabledHint')}
          checked={values.disabled}
          onChange={(event) => setValues({ ...values, disabled: event.currentTarget.checked })}
        />
        <PasswordField
          label={t('users.form.newPassword')}
          description={`${t('users.form.newPasswordHint')} ${t('users.form.passwordHint', { min: PASSWORD_MIN_LENGTH })}`}
          autoComplete="new-password"
          value={values.password}
          onChange={(event) => setValues({ ...values, password: event.currentTarget.value })}
          error={errors.password}
        />
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={updateUser.isPending} disabled={conflict !== null}>
            {t('users.update.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

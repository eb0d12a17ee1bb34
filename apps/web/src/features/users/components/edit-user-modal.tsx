import { Alert, Modal, Select, Stack, Switch, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { isRole, readsIdentities, ROLES, type Role } from '@khsae/domain';

import { FormErrorAlert } from '@/components/error-alert';
import { notifyDone } from '@/components/notify-done';
import { FormActions } from '@/components/record-form';
import { isApiError } from '@/lib/api';
import { conflictingRecord, hasErrors, serverFieldErrors } from '@/lib/forms';
import type { UserAccount } from '@/lib/api-types';

import { useUpdateUser, type UpdateUserInput } from '../api/user-mutations';
import { USER_FORM_FIELDS, validateUserForm, type UserFormErrors } from '../user-validation';
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

type Values = { displayName: string; role: Role | null; disabled: boolean };

function valuesOf(user: UserAccount): Values {
  return { displayName: user.displayName, role: user.role, disabled: user.disabled };
}

type EditUserFormProps = {
  user: UserAccount;
  onDone: () => void;
};

function EditUserForm({ user, onDone }: EditUserFormProps) {
  const { t, i18n } = useTranslation();
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
    const found = validateUserForm(values, { t });
    setErrors(found);
    if (hasErrors(found)) return;

    const patch: UpdateUserInput = { id: base.id, version: base.version };
    const displayName = values.displayName.trim();
    if (displayName !== base.displayName) patch.displayName = displayName;
    if (values.role && values.role !== base.role) patch.role = values.role;
    if (values.disabled !== base.disabled) patch.disabled = values.disabled;
    if (Object.keys(patch).length === 2) {
      setNoChanges(true);
      return;
    }

    updateUser.mutate(patch, {
      onSuccess: (saved) => {
        notifyDone(t, t('users.update.success', { name: saved.displayName }));
        onDone();
      },
      onError: (error) => {
        const current = conflictingRecord<UserAccount>(error);
        if (current) setConflict(current);
        else setErrors(serverFieldErrors(error, USER_FORM_FIELDS, i18n));
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
        <FormErrorAlert error={showFormError && error} />
        {noChanges && (
          <Alert color="blue" variant="light" role="status">
            {t('registry.noChanges')}
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
        {values.role &&
          readsIdentities(values.role) &&
          !values.disabled &&
          (values.role !== base.role || base.disabled) && (
            <Text size="sm" c="dimmed">
              {t('users.form.needsApproval', { role: t(`roles.${values.role}`) })}
            </Text>
          )}
        <FormActions
          submitLabel={t('registry.saveChanges')}
          pending={updateUser.isPending}
          disabled={conflict !== null}
          onCancel={onDone}
        />
      </Stack>
    </form>
  );
}

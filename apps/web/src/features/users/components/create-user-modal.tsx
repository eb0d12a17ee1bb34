import { Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { isRole, readsIdentities, ROLES, type Role } from '@khsae/domain';

import { FormErrorAlert } from '@/components/error-alert';
import { notifyDone } from '@/components/notify-done';
import { FormActions } from '@/components/record-form';
import { isApiError } from '@/lib/api';
import { hasErrors, serverFieldErrors } from '@/lib/forms';

import { useCreateUser } from '../api/user-mutations';
import { USER_FORM_FIELDS, validateUserForm, type UserFormErrors } from '../user-validation';
import { ResetCodeNotice } from './reset-code-notice';

export type CreateUserModalProps = {
  opened: boolean;
  onClose: () => void;
};

type Values = { email: string; displayName: string; role: Role | null };
const EMPTY: Values = { email: '', displayName: '', role: null };

export function CreateUserModal({ opened, onClose }: CreateUserModalProps) {
  const { t, i18n } = useTranslation();
  const createUser = useCreateUser();
  const [values, setValues] = useState<Values>(EMPTY);
  const [errors, setErrors] = useState<UserFormErrors>({});

  function close() {
    setValues(EMPTY);
    setErrors({});
    createUser.reset();
    onClose();
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = validateUserForm(values, { t });
    setErrors(found);
    if (hasErrors(found) || !values.role) return;
    createUser.mutate(
      {
        email: values.email.trim(),
        displayName: values.displayName.trim(),
        role: values.role,
      },
      {
        // The modal stays open on the one-time code, which is shown only now.
        onSuccess: (user) => notifyDone(t, t('users.create.success', { name: user.displayName })),
        onError: (error) => {
          const fromServer = serverFieldErrors(error, USER_FORM_FIELDS, i18n);
          if (isApiError(error) && error.status === 409)
            fromServer.email = t('users.validation.emailTaken');
          setErrors(fromServer);
        },
      },
    );
  }

  const error = createUser.error;
  // A 409 or field problems are shown next to the fields; anything else gets one sentence on top.
  const showFormError =
    error && !(isApiError(error) && (error.status === 409 || error.body.fields?.length));

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={t('users.create.title')}
      size="md"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {createUser.data ? (
        <ResetCodeNotice user={createUser.data} onDone={close} />
      ) : (
        <form onSubmit={handleSubmit} noValidate>
          <Stack gap="md">
            <FormErrorAlert error={showFormError && error} />
            <TextInput
              label={t('users.form.email')}
              type="email"
              autoComplete="off"
              required
              data-autofocus
              value={values.email}
              onChange={(event) => setValues({ ...values, email: event.currentTarget.value })}
              error={errors.email}
            />
            <TextInput
              label={t('users.form.displayName')}
              required
              value={values.displayName}
              onChange={(event) => setValues({ ...values, displayName: event.currentTarget.value })}
              error={errors.displayName}
            />
            <Select
              label={t('users.form.role')}
              placeholder={t('users.form.rolePlaceholder')}
              required
              data={ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
              value={values.role}
              onChange={(value) => setValues({ ...values, role: isRole(value) ? value : null })}
              error={errors.role}
              comboboxProps={{ withinPortal: true }}
            />
            {values.role && readsIdentities(values.role) && (
              <Text size="sm" c="dimmed">
                {t('users.form.needsApproval', { role: t(`roles.${values.role}`) })}
              </Text>
            )}
            <Text size="sm" c="dimmed">
              {t('users.form.codeHint')}
            </Text>
            <FormActions
              submitLabel={t('users.create.submit')}
              pending={createUser.isPending}
              onCancel={close}
            />
          </Stack>
        </form>
      )}
    </Modal>
  );
}

import { Alert, Button, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { PASSWORD_MIN_LENGTH } from '@khsae/domain';

import { AlertIcon } from '@/components/icons';
import { PasswordField } from '@/components/password-field';
import { isApiError } from '@/lib/api';
import { describeError } from '@/lib/describe-error';

import { useRedeemResetCode } from '../api/auth-mutations';

export type RedeemCodeFormProps = {
  /** The password is set: the user signs in with it next. */
  onRedeemed: (email: string) => void;
  onCancel: () => void;
};

type Field = 'email' | 'code' | 'newPassword';
type FieldErrors = Partial<Record<Field, string>>;

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** "I have a reset code": email, the one-time code an admin gave, and a new password of one's own. */
export function RedeemCodeForm({ onRedeemed, onCancel }: RedeemCodeFormProps) {
  const { t } = useTranslation();
  const redeem = useRedeemResetCode();
  const [values, setValues] = useState<Record<Field, string>>({
    email: '',
    code: '',
    newPassword: '',
  });
  const [errors, setErrors] = useState<FieldErrors>({});

  function validate(): FieldErrors {
    const found: FieldErrors = {};
    const email = values.email.trim();
    if (!email) found.email = t('auth.errors.emailRequired');
    else if (!EMAIL_PATTERN.test(email)) found.email = t('auth.errors.emailInvalid');
    if (!values.code.trim()) found.code = t('auth.redeem.codeRequired');
    if (values.newPassword.length < PASSWORD_MIN_LENGTH)
      found.newPassword = t('auth.redeem.passwordTooShort', { min: PASSWORD_MIN_LENGTH });
    return found;
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = validate();
    setErrors(found);
    if (Object.keys(found).length) return;
    const email = values.email.trim();
    redeem.mutate(
      { email, code: values.code.trim(), newPassword: values.newPassword },
      {
        onSuccess: () => onRedeemed(email),
        onError: (error) => {
          if (!isApiError(error)) return;
          const problems = error.fieldProblems();
          // A wrong code is said once, in the user's language, under the code.
          setErrors({
            email: problems['email'] && t('auth.errors.emailInvalid'),
            code: problems['code'] && t('auth.redeem.badCode'),
            newPassword:
              problems['newPassword'] &&
              t('auth.redeem.passwordTooShort', { min: PASSWORD_MIN_LENGTH }),
          });
        },
      },
    );
  }

  const error = redeem.error;
  const formError =
    error && !(isApiError(error) && error.status === 400 && error.body.fields?.length)
      ? isApiError(error) && error.status === 429
        ? t('auth.errors.tooManyAttempts')
        : describeError(error, t)
      : null;
  const set = (field: Field) => (event: { currentTarget: { value: string } }) =>
    setValues({ ...values, [field]: event.currentTarget.value });

  return (
    <form onSubmit={handleSubmit} noValidate aria-label={t('auth.redeem.title')}>
      <Stack gap="md">
        {formError && (
          <Alert color="red" variant="light" icon={<AlertIcon />} role="alert">
            {formError}
          </Alert>
        )}
        <TextInput
          label={t('auth.signIn.email')}
          placeholder={t('auth.signIn.emailPlaceholder')}
          type="email"
          name="email"
          autoComplete="username"
          autoFocus
          required
          value={values.email}
          onChange={set('email')}
          error={errors.email}
        />
        <TextInput
          label={t('auth.redeem.code')}
          placeholder={t('auth.redeem.codePlaceholder')}
          name="code"
          autoComplete="one-time-code"
          required
          value={values.code}
          onChange={set('code')}
          error={errors.code}
        />
        <PasswordField
          label={t('auth.redeem.newPassword')}
          description={t('auth.redeem.newPasswordHint', { min: PASSWORD_MIN_LENGTH })}
          name="new-password"
          autoComplete="new-password"
          required
          value={values.newPassword}
          onChange={set('newPassword')}
          error={errors.newPassword}
        />
        <Button type="submit" fullWidth loading={redeem.isPending} mt="xs">
          {t('auth.redeem.submit')}
        </Button>
        <Button variant="subtle" onClick={onCancel}>
          {t('auth.redeem.back')}
        </Button>
      </Stack>
    </form>
  );
}

import { Alert, Button, Stack, TextInput } from '@mantine/core';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { AlertIcon } from '@/components/icons';
import { PasswordField } from '@/components/password-field';
import { isApiError } from '@/lib/api';
import type { CurrentUser } from '@/lib/api-types';
import { describeError } from '@/lib/describe-error';

import { useSignIn } from '../api/auth-mutations';

export type SignInFormProps = {
  onSignedIn: (user: CurrentUser) => void;
};

type FieldErrors = { email?: string; password?: string };

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function SignInForm({ onSignedIn }: SignInFormProps) {
  const { t } = useTranslation();
  const signIn = useSignIn();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const emailRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);

  function validate(): FieldErrors {
    const errors: FieldErrors = {};
    const trimmed = email.trim();
    if (!trimmed) errors.email = t('auth.errors.emailRequired');
    else if (!EMAIL_PATTERN.test(trimmed)) errors.email = t('auth.errors.emailInvalid');
    if (!password) errors.password = t('auth.errors.passwordRequired');
    return errors;
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const errors = validate();
    setFieldErrors(errors);
    if (errors.email) return emailRef.current?.focus();
    if (errors.password) return passwordRef.current?.focus();
    signIn.mutate(
      { email: email.trim(), password },
      {
        onSuccess: onSignedIn,
        onError: (error) => {
          if (!isApiError(error)) return;
          const problems = error.fieldProblems();
          setFieldErrors({
            email: problems['email']?.join(' '),
            password: problems['password']?.join(' '),
          });
        },
      },
    );
  }

  const formError = signIn.error ? signInErrorMessage(signIn.error, t) : null;

  return (
    <form onSubmit={handleSubmit} noValidate aria-label={t('auth.signIn.title')}>
      <Stack gap="md">
        {formError && (
          <Alert color="red" variant="light" icon={<AlertIcon />} role="alert">
            {formError}
          </Alert>
        )}
        <TextInput
          ref={emailRef}
          label={t('auth.signIn.email')}
          placeholder={t('auth.signIn.emailPlaceholder')}
          type="email"
          name="email"
          autoComplete="username"
          autoFocus
          required
          value={email}
          onChange={(event) => setEmail(event.currentTarget.value)}
          error={fieldErrors.email}
        />
        <PasswordField
          ref={passwordRef}
          label={t('auth.signIn.password')}
          name="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(event) => setPassword(event.currentTarget.value)}
          error={fieldErrors.password}
        />
        <Button type="submit" fullWidth loading={signIn.isPending} mt="xs">
          {t('auth.signIn.submit')}
        </Button>
      </Stack>
    </form>
  );
}

function signInErrorMessage(error: unknown, t: Parameters<typeof describeError>[1]): string {
  if (isApiError(error)) {
    if (error.status === 401) return t('auth.errors.invalidCredentials');
    if (error.status === 429) return t('auth.errors.tooManyAttempts');
    if (error.status === 400 && error.body.fields?.length) return t('errors.invalidInput');
  }
  return describeError(error, t);
}

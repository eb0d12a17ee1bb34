import { PasswordInput, type PasswordInputProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export type PasswordFieldProps = PasswordInputProps;

/** Mantine's PasswordInput with its show/hide button labelled in the user's language. */
export function PasswordField(props: PasswordFieldProps) {
  const { t } = useTranslation();
  return (
    <PasswordInput
      {...props}
      visibilityToggleButtonProps={{ 'aria-label': t('common.togglePassword') }}
    />
  );
}

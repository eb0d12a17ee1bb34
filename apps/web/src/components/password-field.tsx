import { PasswordInput, type PasswordInputProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export type PasswordFieldProps = PasswordInputProps;

/**
 * Mantine's PasswordInput with its show/hide button labelled in the user's language. A problem
 * replaces the hint: the length rule is both, and one message per field is enough.
 */
export function PasswordField(props: PasswordFieldProps) {
  const { t } = useTranslation();
  return (
    <PasswordInput
      {...props}
      description={props.error ? undefined : props.description}
      visibilityToggleButtonProps={{ 'aria-label': t('common.togglePassword') }}
    />
  );
}

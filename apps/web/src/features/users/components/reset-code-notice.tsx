import { Alert, Button, Code, CopyButton, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { formatDateTime } from '@/lib/format';
import { currentLanguage } from '@/lib/i18n';

import type { UserWithResetCode } from '../api/user-mutations';

export type ResetCodeNoticeProps = {
  user: UserWithResetCode;
  onDone: () => void;
};

/**
 * The one-time code of an account just created or reset, shown this once (the server keeps only its
 * hash), with what the user does with it and whether a second person must still approve the role.
 */
export function ResetCodeNotice({ user, onDone }: ResetCodeNoticeProps) {
  const { t, i18n } = useTranslation();
  const { code, expiresAt } = user.resetCode;
  return (
    <Stack gap="md">
      <Text size="sm">{t('users.resetCode.intro', { name: user.displayName })}</Text>
      <Group gap="sm" wrap="nowrap">
        <Code
          fz="xl"
          fw={700}
          px="md"
          py="xs"
          aria-label={t('users.resetCode.codeLabel')}
          data-testid="reset-code"
        >
          {code}
        </Code>
        <CopyButton value={code}>
          {({ copied, copy }) => (
            <Button variant="light" color={copied ? 'teal' : undefined} onClick={copy}>
              {copied ? t('users.resetCode.copied') : t('users.resetCode.copy')}
            </Button>
          )}
        </CopyButton>
      </Group>
      <Text size="sm">
        {t('users.resetCode.howTo', {
          email: user.email,
          expires: formatDateTime(expiresAt, currentLanguage(i18n)),
        })}
      </Text>
      <Alert color="yellow" variant="light">
        {t('users.resetCode.onlyOnce')}
      </Alert>
      {user.pendingGrantId && (
        <Alert color="blue" variant="light" role="status">
          {t('users.resetCode.awaitingApproval', { role: t(`roles.${user.role}`) })}
        </Alert>
      )}
      <Group justify="flex-end">
        <Button onClick={onDone} data-autofocus>
          {t('users.resetCode.done')}
        </Button>
      </Group>
    </Stack>
  );
}

import { Alert, Button, Code, Group, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';

import { AlertIcon, LockIcon } from '@/components/icons';
import { describeError } from '@/lib/describe-error';
import { formatDateTime } from '@/lib/format';
import { currentLanguage } from '@/lib/i18n';

import { fetchAuditChain } from '../api/audit-queries';

/** The auditor's check of the hash chain, run on demand: it reads every audit row. */
export function AuditChainCheck() {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const check = useMutation({ mutationFn: fetchAuditChain });
  const result = check.data;

  return (
    <Stack gap="xs" mb="md" data-testid="audit-chain">
      <Group justify="space-between" wrap="wrap">
        <Text size="sm" c="dimmed" maw={640}>
          {t('audit.chain.explain')}
        </Text>
        <Button
          variant="light"
          leftSection={<LockIcon size={16} />}
          loading={check.isPending}
          onClick={() => check.mutate()}
        >
          {t('audit.chain.run')}
        </Button>
      </Group>
      {check.isError && (
        <Alert color="red" variant="light" icon={<AlertIcon />} role="alert">
          {describeError(check.error, t)}
        </Alert>
      )}
      {result?.status === 'ok' && (
        <Alert color="green" variant="light" title={t('audit.chain.okTitle')} role="status">
          {t('audit.chain.ok', { count: result.checked })}
          {result.head && (
            <Text size="sm" mt={4}>
              {t('audit.chain.head')} <Code>{result.head.hash}</Code>
            </Text>
          )}
        </Alert>
      )}
      {result?.status === 'broken' && result.brokenAt && (
        <Alert
          color="red"
          variant="light"
          icon={<AlertIcon />}
          title={t('audit.chain.brokenTitle')}
          role="alert"
        >
          {t('audit.chain.brokenAt', {
            id: result.brokenAt.id,
            at: formatDateTime(result.brokenAt.occurredAt, language),
          })}{' '}
          {t(`audit.chain.problems.${result.brokenAt.problem}`)}
        </Alert>
      )}
    </Stack>
  );
}

import { Alert, Box, Button, Center, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';

import { AlertIcon } from '@/components/icons';
import { LanguageSwitch } from '@/components/language-switch';
import { ProductMark } from '@/components/product-mark';
import { sessionQueryOptions } from '@/features/auth/api/auth-queries';
import { SignInForm } from '@/features/auth/components/sign-in-form';
import { healthQueryOptions } from '@/features/health/api/health-queries';
import { HealthAlert } from '@/features/health/components/health-alert';

import { safeNext } from '../safe-next';

// Loaded when asked for, so that the sign-in page's first load stays within its budget (ADR 14).
const RedeemCodeForm = lazy(() =>
  import('@/features/auth/components/redeem-code-form').then((m) => ({
    default: m.RedeemCodeForm,
  })),
);

export function SignInRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const session = useQuery(sessionQueryOptions());
  const health = useQuery({ ...healthQueryOptions(), retry: false });
  // "I have a reset code": the user sets their own password, then signs in with it.
  const [redeeming, setRedeeming] = useState(false);
  const [redeemed, setRedeemed] = useState(false);
  useDocumentTitle(`${t('auth.signIn.title')} · ${t('app.name')}`);

  if (session.data) return <Navigate to={next} replace />;

  return (
    <Box mih="100vh" bg="gray.0">
      <Group component="header" justify="flex-end" p="md">
        <LanguageSwitch />
      </Group>
      <Center component="main" px="md" pb={64}>
        <Stack w="100%" maw={420} gap="lg">
          <Stack gap={4} align="center">
            <ProductMark size="lg" />
            <Text c="dimmed" size="sm" ta="center">
              {t('app.tagline')}
            </Text>
          </Stack>
          {health.data?.demoMode && (
            <Alert
              color="yellow"
              variant="light"
              icon={<AlertIcon />}
              title={t('demo.banner')}
              data-testid="demo-banner"
            >
              {t('demo.signInHint')}
            </Alert>
          )}
          <HealthAlert health={health} />
          <Paper withBorder shadow="sm" radius="md" p="xl">
            <Stack gap={4} mb="lg">
              <Title order={1} size="h3">
                {redeeming ? t('auth.redeem.title') : t('auth.signIn.title')}
              </Title>
              <Text c="dimmed" size="sm">
                {redeeming ? t('auth.redeem.subtitle') : t('auth.signIn.subtitle')}
              </Text>
            </Stack>
            {redeeming ? (
              <Suspense fallback={null}>
                <RedeemCodeForm
                  onRedeemed={() => {
                    setRedeemed(true);
                    setRedeeming(false);
                  }}
                  onCancel={() => setRedeeming(false)}
                />
              </Suspense>
            ) : (
              <Stack gap="sm">
                {redeemed && (
                  <Alert color="green" variant="light" role="status">
                    {t('auth.redeem.success')}
                  </Alert>
                )}
                <SignInForm onSignedIn={() => void navigate(next, { replace: true })} />
                <Button
                  variant="subtle"
                  onClick={() => {
                    setRedeemed(false);
                    setRedeeming(true);
                  }}
                >
                  {t('auth.redeem.link')}
                </Button>
              </Stack>
            )}
          </Paper>
        </Stack>
      </Center>
    </Box>
  );
}

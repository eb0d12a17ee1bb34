import {
  AppShell,
  Box,
  Burger,
  Button,
  em,
  getBreakpointValue,
  Group,
  Stack,
  Text,
  useMantineTheme,
} from '@mantine/core';
import { useDisclosure, useDocumentTitle, useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation, useNavigate } from 'react-router';

import { NAV_AREAS } from '@khsae/domain';

import { DemoBanner } from '@/components/demo-banner';
import { SignOutIcon } from '@/components/icons';
import { LanguageSwitch } from '@/components/language-switch';
import { isAreaActive, MainNav } from '@/components/main-nav';
import { ProductMark } from '@/components/product-mark';
import { useSignOut } from '@/features/auth/api/auth-mutations';
import { HeaderSearch } from '@/features/search/components/header-search';
import { placePathFor, searchableKinds } from '@/features/search/search-access';

import { useSession } from './session-context';

const HEADER_HEIGHT = 60;
/** On phones the search box gets a row of its own under the header. */
const SEARCH_ROW_HEIGHT = 52;

const BANNER_HEIGHT = 34;

export function AppLayout() {
  const { t } = useTranslation();
  const user = useSession();
  const navigate = useNavigate();
  const signOut = useSignOut();
  const [navOpened, { toggle: toggleNav, close: closeNav }] = useDisclosure(false);
  const { pathname } = useLocation();
  const kinds = searchableKinds(user.permissions);
  const placePath = placePathFor(user.permissions);
  const theme = useMantineTheme();
  const compact = useMediaQuery(
    `(max-width: ${em(getBreakpointValue('sm', theme.breakpoints) - 0.1)})`,
  );
  const searchRow = kinds.length > 0 && compact ? SEARCH_ROW_HEIGHT : 0;
  const area = NAV_AREAS.find((candidate) => isAreaActive(candidate, pathname));
  useDocumentTitle(area ? `${t(`nav.${area.key}`)} · ${t('app.name')}` : t('app.name'));

  function handleSignOut() {
    signOut.mutate(undefined, { onSettled: () => void navigate('/sign-in', { replace: true }) });
  }

  return (
    <AppShell
      header={{ height: HEADER_HEIGHT + searchRow + (user.demoMode ? BANNER_HEIGHT : 0) }}
      navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !navOpened } }}
      padding="lg"
    >
      <AppShell.Header>
        {user.demoMode && (
          <Box h={BANNER_HEIGHT}>
            <DemoBanner />
          </Box>
        )}
        <Group h={HEADER_HEIGHT} px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={navOpened}
              onClick={toggleNav}
              hiddenFrom="sm"
              size="sm"
              aria-label={t('shell.toggleNavigation')}
            />
            <ProductMark nameVisibleFrom="xs" />
          </Group>
          {kinds.length > 0 && !compact && (
            <Box style={{ flex: 1, minWidth: 0 }} maw={460} mx="md">
              <HeaderSearch kinds={kinds} placePath={placePath} />
            </Box>
          )}
          <Group gap="lg" wrap="nowrap">
            <LanguageSwitch />
            <Stack
              gap={0}
              align="flex-end"
              visibleFrom="sm"
              role="group"
              aria-label={t('shell.account', {
                name: user.displayName,
                role: t(`roles.${user.role}`),
              })}
            >
              <Text size="sm" fw={600} lh={1.3} data-testid="current-user-name">
                {user.displayName}
              </Text>
              <Text size="xs" c="dimmed" lh={1.3}>
                {t(`roles.${user.role}`)}
              </Text>
            </Stack>
            <Button
              variant="default"
              size="sm"
              leftSection={<SignOutIcon size={16} />}
              onClick={handleSignOut}
              loading={signOut.isPending}
            >
              {t('auth.signOut')}
            </Button>
          </Group>
        </Group>
        {searchRow > 0 && (
          <Box h={SEARCH_ROW_HEIGHT} px="md" pb="xs">
            <HeaderSearch kinds={kinds} placePath={placePath} />
          </Box>
        )}
      </AppShell.Header>
      <AppShell.Navbar p="sm" aria-label={t('shell.navigation')}>
        <MainNav permissions={user.permissions} onNavigate={closeNav} />
      </AppShell.Navbar>
      <AppShell.Main bg="gray.0">
        <Box maw={1280} mx="auto">
          <Outlet />
        </Box>
      </AppShell.Main>
    </AppShell>
  );
}

import { afterEach } from '@jest/globals';
import { notifications } from '@mantine/notifications';
import { act, cleanup, configure } from '@testing-library/react';

// Pages load on demand and the machines running the tests are shared: wait for the screen as a user
// on a slow machine would, rather than failing at Testing Library's 1 s default.
configure({ asyncUtilTimeout: 5_000 });

// Mantine keeps notifications in a module-level store; without this they leak into the next test.
afterEach(() => {
  act(() => notifications.clean());
  cleanup();
});

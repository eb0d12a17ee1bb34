import { afterEach } from '@jest/globals';
import { notifications } from '@mantine/notifications';
import { act, cleanup } from '@testing-library/react';

// Mantine keeps notifications in a module-level store; without this they leak into the next test.
afterEach(() => {
  act(() => notifications.clean());
  cleanup();
});

import { notifications } from '@mantine/notifications';
import type { TFunction } from 'i18next';

/** The green notice after a record was created or saved. */
export function notifySaved(t: TFunction, message: string): void {
  notifications.show({
    closeButtonProps: { 'aria-label': t('common.close') },
    color: 'green',
    message,
  });
}

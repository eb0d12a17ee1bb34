import { notifications } from '@mantine/notifications';
import type { TFunction } from 'i18next';

/** The green notice that something was saved, archived or removed. */
export function notifyDone(t: TFunction, message: string): void {
  notifications.show({
    closeButtonProps: { 'aria-label': t('common.close') },
    color: 'green',
    message,
  });
}

import type { TFunction } from 'i18next';

import { isApiError } from './api';

/** One readable sentence for any error; never a stack trace or a raw response body. */
export function describeError(error: unknown, t: TFunction): string {
  if (!isApiError(error)) return t('errors.unknown');
  const { status } = error;
  if (status === 0) return t('errors.network');
  if (status === 503) return t('errors.databaseUnavailable');
  if (status >= 500) return t('errors.server');
  if (status === 401) return t('auth.sessionEnded');
  if (status === 403) return t('errors.forbidden');
  if (status === 404) return t('errors.notFound');
  if (status === 429) return t('auth.errors.tooManyAttempts');
  return error.body.message || t('errors.unknown');
}

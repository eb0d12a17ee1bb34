import { recordKeys } from '@/lib/record-queries';

import type { UserListFilter } from '../user-list-filter';

export const userKeys = recordKeys<UserListFilter>('users');

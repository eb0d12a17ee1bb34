export const PAGE_SIZE_MAX = 100;
export const PAGE_SIZE_DEFAULT = 25;
export const USER_SORTS = ['email', 'displayName', 'role', 'createdAt', 'lastLoginAt'] as const;
export type UserSort = (typeof USER_SORTS)[number];
export const PASSWORD_MIN_LENGTH = 12;

import type { Permission } from './permissions';

/** The areas of the app shell, in menu order, and the permission that shows each one. */
export const NAV_AREAS = [
  { key: 'dashboard', path: '/', permission: 'dashboard:view' },
  { key: 'cases', path: '/cases', permission: 'cases:read' },
  { key: 'graph', path: '/graph', permission: 'graph:read' },
  { key: 'brokers', path: '/brokers', permission: 'brokers:read' },
  { key: 'victims', path: '/victims', permission: 'victims:read' },
  { key: 'compounds', path: '/compounds', permission: 'compounds:read' },
  { key: 'routes', path: '/routes', permission: 'routes:read' },
  { key: 'tips', path: '/tips', permission: 'tips:read' },
  { key: 'repatriations', path: '/repatriations', permission: 'repatriations:read' },
  { key: 'admin', path: '/admin/users', permission: 'users:manage' },
  { key: 'audit', path: '/audit', permission: 'audit:read' },
] as const satisfies readonly { key: string; path: string; permission: Permission }[];

export type NavArea = (typeof NAV_AREAS)[number];
export type NavAreaKey = NavArea['key'];

export function navAreasFor(permissions: readonly Permission[]): NavArea[] {
  return NAV_AREAS.filter((area) => permissions.includes(area.permission));
}

import { describe, expect, it } from '@jest/globals';

import { NAV_AREAS, navAreasFor } from './navigation';
import { hasPermission, PERMISSIONS, ROLE_PERMISSIONS } from './permissions';
import { ROLES } from './roles';

describe('permission map', () => {
  it('gives every role only known permissions', () => {
    for (const role of ROLES) {
      for (const permission of ROLE_PERMISSIONS[role]) {
        expect(PERMISSIONS).toContain(permission);
      }
    }
  });

  it('keeps case and victim data away from the admin', () => {
    const forbidden = PERMISSIONS.filter((p) =>
      /^(cases|victims|victim_identity|brokers|tips|graph|repatriations):/.test(p),
    );
    for (const permission of forbidden) {
      expect(hasPermission('admin', permission)).toBe(false);
    }
  });

  it('shows victim identities only to victim support and supervisors', () => {
    const allowed = ROLES.filter((role) => hasPermission(role, 'victim_identity:read'));
    expect(allowed.sort()).toEqual(['supervisor', 'victim_support']);
  });

  it('lets only the auditor read the audit trail', () => {
    expect(ROLES.filter((role) => hasPermission(role, 'audit:read'))).toEqual(['auditor']);
  });
});

describe('navigation', () => {
  it('shows the admin only the dashboard and user management', () => {
    expect(navAreasFor(ROLE_PERMISSIONS.admin).map((a) => a.key)).toEqual(['dashboard', 'admin']);
  });

  it('shows the supervisor the investigation areas but not admin or audit', () => {
    const keys = navAreasFor(ROLE_PERMISSIONS.supervisor).map((a) => a.key);
    expect(keys).toContain('cases');
    expect(keys).toContain('tips');
    expect(keys).not.toContain('admin');
    expect(keys).not.toContain('audit');
  });

  it('has a unique path per area', () => {
    expect(new Set(NAV_AREAS.map((a) => a.path)).size).toBe(NAV_AREAS.length);
  });
});

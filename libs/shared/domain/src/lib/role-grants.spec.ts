import { describe, expect, it } from '@jest/globals';

import { readsIdentities, roleGrantRefusal } from './role-grants';
import { hasPermission } from './permissions';
import { ROLES } from './roles';

describe('two-person rule for roles that read identities', () => {
  it('covers every role that reads victim identities or tips', () => {
    for (const role of ROLES) {
      if (hasPermission(role, 'victim_identity:read') || hasPermission(role, 'tips:read')) {
        expect(readsIdentities(role)).toBe(true);
      }
    }
    expect(readsIdentities('admin')).toBe(false);
    expect(readsIdentities('investigator')).toBe(false);
  });

  const grant = { userId: 'target', requestedBy: 'admin-1' };

  it('refuses the requester and the account itself', () => {
    expect(roleGrantRefusal({ id: 'admin-1', role: 'admin' }, grant, 2)).toBe('own_request');
    expect(roleGrantRefusal({ id: 'target', role: 'supervisor' }, grant, 1)).toBe('own_account');
  });

  it('lets another admin approve, and a supervisor only while there is one active admin', () => {
    expect(roleGrantRefusal({ id: 'admin-2', role: 'admin' }, grant, 2)).toBeNull();
    expect(roleGrantRefusal({ id: 'sup', role: 'supervisor' }, grant, 1)).toBeNull();
    expect(roleGrantRefusal({ id: 'sup', role: 'supervisor' }, grant, 2)).toBe('not_an_approver');
    expect(roleGrantRefusal({ id: 'vs', role: 'victim_support' }, grant, 1)).toBe(
      'not_an_approver',
    );
  });
});

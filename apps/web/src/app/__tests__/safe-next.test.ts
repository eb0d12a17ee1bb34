import { describe, expect, it } from '@jest/globals';

import { safeNext, signInPath } from '../safe-next';

describe('safeNext', () => {
  it('keeps paths inside the app', () => {
    expect(safeNext('/admin/users?role=auditor')).toBe('/admin/users?role=auditor');
  });

  it('refuses anything that could leave the app or loop back to sign-in', () => {
    for (const next of [
      null,
      '',
      'https://evil.example',
      '//evil.example',
      '/\\evil.example',
      '/sign-in',
    ]) {
      expect(safeNext(next)).toBe('/');
    }
  });

  it('builds the sign-in address with the way back', () => {
    expect(signInPath('/')).toBe('/sign-in');
    expect(signInPath('/audit?page=2')).toBe('/sign-in?next=%2Faudit%3Fpage%3D2');
  });
});

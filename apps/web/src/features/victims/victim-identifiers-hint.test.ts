import { describe, expect, it } from '@jest/globals';

import { ROLE_PERMISSIONS } from '@khsae/domain';

import { createI18n } from '@/lib/i18n';

import { victimIdentifierWriters, victimIdentifiersHint } from './victim-identifiers-hint';

describe('the hint on a victim’s identifiers', () => {
  it('names the roles that may really add them: identifiers:write and victim_identity:write', () => {
    const writers = victimIdentifierWriters();
    expect(writers).toEqual(['victim_support']);
    for (const role of writers) {
      expect(ROLE_PERMISSIONS[role]).toContain('identifiers:write');
      expect(ROLE_PERMISSIONS[role]).toContain('victim_identity:write');
    }
  });

  it('says so in each language, not "those who may see identities" (supervisors see them but may not add)', () => {
    const en = victimIdentifiersHint(createI18n('en'));
    expect(en).toContain('Victim-support officer');
    expect(en).not.toMatch(/see identities|Supervisor/);
    expect(victimIdentifiersHint(createI18n('km'))).toContain('មន្ត្រីគាំទ្រជនរងគ្រោះ');
  });
});

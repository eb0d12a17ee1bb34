import { describe, expect, it } from '@jest/globals';

import type { SharedIdentifier } from '@/lib/api-types';
import { createI18n } from '@/lib/i18n';

import { identifierNotice, recordRefText } from './identifier-notice';

const shared: SharedIdentifier = {
  identifier: { id: 'i1', kind: 'phone', value: '+85512345678', display: '+855 12 345 678' },
  others: [
    { kind: 'broker', id: 'b42', label: 'Nuon Kosal', sublabel: 'B-0042 · នួន កុសល' },
    { kind: 'victim', id: 'v1', label: 'V-2024-000024', sublabel: null },
  ],
};

describe('identifier notice', () => {
  it('names each other record by kind, name and code', () => {
    const { t } = createI18n('en');
    expect(recordRefText(t, shared.others[0]!)).toBe('Broker Nuon Kosal (B-0042)');
    expect(recordRefText(t, shared.others[1]!)).toBe('Victim V-2024-000024');
    expect(
      recordRefText(t, { kind: 'compound', id: 'c', label: 'Jin Bei 4', sublabel: 'C-0001 · KH' }),
    ).toBe('Compound Jin Bei 4 (C-0001)');
  });

  it('says "shares +855 12 345 678 with Broker …" in English', () => {
    const { t } = createI18n('en');
    const notice = identifierNotice(t, shared, (items) => items.join(' and '));
    expect(notice?.text).toBe(
      'shares +855 12 345 678 with Broker Nuon Kosal (B-0042) and Victim V-2024-000024',
    );
    expect(notice?.before).toBe('shares +855 12 345 678 with ');
    expect(notice?.after).toBe('');
    expect(notice?.records.map((r) => r.ref.id)).toEqual(['b42', 'v1']);
  });

  it('follows the Khmer sentence and names the kinds in Khmer', () => {
    const { t } = createI18n('km');
    const notice = identifierNotice(t, { ...shared, others: [shared.others[0]!] });
    expect(notice?.text).toBe('ប្រើ +855 12 345 678 រួមគ្នាជាមួយ មេខ្យល់ Nuon Kosal (B-0042)');
    expect(notice?.before).toBe('ប្រើ +855 12 345 678 រួមគ្នាជាមួយ ');
  });

  it('is absent when no other record holds the identifier', () => {
    const { t } = createI18n('en');
    expect(identifierNotice(t, { ...shared, others: [] })).toBeNull();
  });
});

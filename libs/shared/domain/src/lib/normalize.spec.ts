import { describe, expect, it } from '@jest/globals';

import { cleanText, IdentifierFormatError, normalizeIdentifier, searchKey } from './normalize';

describe('searchKey', () => {
  it('folds case, Latin diacritics, spaces and punctuation', () => {
    expect(searchKey('Bântéay Méanchoăy')).toBe('banteaymeanchoay');
    expect(searchKey('Sok Ha')).toBe(searchKey('Sokha'));
    expect(searchKey('Sok-Ha')).toBe('sokha');
  });

  it('keeps Khmer script and drops zero-width spaces', () => {
    expect(searchKey('បន្ទាយ\u200Bមានជ័យ')).toBe('បន្ទាយមានជ័យ');
    expect(searchKey('សុខ ហា')).toBe('សុខហា');
  });

  it('matches composed and decomposed forms', () => {
    expect(searchKey('Cafe\u0301')).toBe(searchKey('Café'));
  });
});

describe('cleanText', () => {
  it('normalises to NFC, removes invisible characters and collapses spaces', () => {
    expect(cleanText('  Sok\u200B  Ha\uFEFF ')).toBe('Sok Ha');
    expect(cleanText('e\u0301')).toBe('\u00E9');
  });
});

describe('normalizeIdentifier', () => {
  it.each([
    ['012 345 678', '+85512345678'],
    ['+855 12 345 678', '+85512345678'],
    ['(+855) 012-345-678', '+85512345678'],
    ['0855 12 345 678', null],
  ])('phone %s → %s', (raw, expected) => {
    if (expected === null) {
      expect(() => normalizeIdentifier('phone', raw)).toThrow(IdentifierFormatError);
    } else {
      expect(normalizeIdentifier('phone', raw).value).toBe(expected);
    }
  });

  it('formats phones for display', () => {
    expect(normalizeIdentifier('phone', '012345678').display).toBe('+855 12 345 678');
  });

  it('lower-cases handles and strips @ and links', () => {
    expect(normalizeIdentifier('telegram', '@Job_Agent88').value).toBe('job_agent88');
    expect(normalizeIdentifier('telegram', 'https://t.me/Job_Agent88').value).toBe('job_agent88');
    expect(normalizeIdentifier('facebook', 'facebook.com/x').value).toBe('facebook.com/x');
  });

  it('compacts account and document numbers', () => {
    expect(normalizeIdentifier('bank_account', '001 234-567').value).toBe('001234567');
    expect(normalizeIdentifier('passport', 'n 0123 4567').value).toBe('N01234567');
  });

  it('lower-cases EVM wallets only', () => {
    expect(
      normalizeIdentifier('crypto_wallet', '0xAbCdEf0123456789aBcDeF0123456789AbCdEf01').value,
    ).toBe('0xabcdef0123456789abcdef0123456789abcdef01');
    expect(normalizeIdentifier('crypto_wallet', 'TQn9Y2khEsLJW1ChVWFMSMeRDow5KcbLSE').value).toBe(
      'TQn9Y2khEsLJW1ChVWFMSMeRDow5KcbLSE',
    );
  });

  it('refuses empty or malformed values', () => {
    expect(() => normalizeIdentifier('email', 'not-an-email')).toThrow(IdentifierFormatError);
    expect(() => normalizeIdentifier('telegram', '  ')).toThrow(IdentifierFormatError);
  });
});

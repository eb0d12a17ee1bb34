// Same parsing and possible lengths as max, at half the size: see phone-metadata.spec.ts.
import { parsePhoneNumberFromString } from 'libphonenumber-js/min';

import type { IdentifierKind } from './registry';

// Zero-width characters (ZWSP is common in Khmer text and in the gazetteer), BOM and soft hyphen.
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
const COMBINING_MARKS = /\p{Mn}/gu;
const LATIN_WITH_MARKS = /[\p{Script=Latin}]\p{Mn}+/gu;

/** Text as stored: Unicode NFC, invisible characters removed, whitespace collapsed and trimmed. */
export function cleanText(value: string): string {
  return value.normalize('NFC').replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
}

/**
 * The key a name is searched by: cleaned, lower-cased, Latin diacritics folded ("Bântéay" → "banteay"),
 * and spaces and punctuation removed so "Sok Ha", "Sok-Ha" and "Sokha" meet. Khmer script is kept as is
 * (its vowel signs are combining marks that carry meaning), apart from the invisible characters.
 */
export function searchKey(value: string): string {
  const cleaned = cleanText(value).toLowerCase();
  const folded = cleaned
    .normalize('NFD')
    .replace(LATIN_WITH_MARKS, (m) => m.replace(COMBINING_MARKS, ''))
    .normalize('NFC');
  return folded.replace(/[\s\p{P}\p{S}]+/gu, '');
}

export type NormalizedIdentifier = { value: string; display: string };

export class IdentifierFormatError extends Error {}

const HANDLE_KINDS: readonly IdentifierKind[] = ['telegram', 'facebook', 'line', 'wechat', 'other'];

/**
 * The canonical form of an identifier, so that two records carrying it are matched: phone numbers in
 * E.164 (Cambodian numbers may be given without +855), handles lower-case without "@", account and
 * document numbers without spaces or dashes, upper-cased.
 */
export function normalizeIdentifier(
  kind: IdentifierKind,
  raw: string,
  defaultCountry: 'KH' | 'TH' | 'MM' | 'LA' | 'VN' | 'CN' = 'KH',
): NormalizedIdentifier {
  const text = cleanText(raw);
  if (!text) throw new IdentifierFormatError('value must not be empty');
  if (kind === 'phone' || kind === 'whatsapp') {
    const phone = parsePhoneNumberFromString(text, defaultCountry);
    if (!phone || !phone.isPossible())
      throw new IdentifierFormatError('value is not a possible phone number');
    return { value: phone.number, display: phone.formatInternational() };
  }
  if (kind === 'email') {
    const email = text.toLowerCase();
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email))
      throw new IdentifierFormatError('value is not an email address');
    return { value: email, display: email };
  }
  if (HANDLE_KINDS.includes(kind)) {
    const handle = text
      .replace(/^https?:\/\/(www\.)?(t\.me|facebook\.com|fb\.com|line\.me\/ti\/p)\//i, '')
      .replace(/^@+/, '')
      .replace(/\/+$/, '')
      .toLowerCase();
    if (!handle || /\s/.test(handle))
      throw new IdentifierFormatError('value is not a valid handle');
    return { value: handle, display: `@${handle}` };
  }
  if (kind === 'crypto_wallet') {
    const wallet = text.replace(/\s+/g, '');
    // Hex (EVM) addresses are case-insensitive; base58 ones (Tron, Bitcoin) are not.
    const value = /^0x[0-9a-f]{40}$/i.test(wallet) ? wallet.toLowerCase() : wallet;
    if (!/^[0-9A-Za-z]{20,100}$/.test(value))
      throw new IdentifierFormatError('value is not a wallet address');
    return { value, display: value };
  }
  const compact = text.replace(/[\s\-./]+/g, '').toUpperCase();
  if (!/^[0-9A-Z]{3,40}$/.test(compact)) {
    throw new IdentifierFormatError('value must be 3 to 40 letters and digits');
  }
  return { value: compact, display: text.toUpperCase() };
}

import type { TFunction } from 'i18next';

import type { RecordRef, SharedIdentifier } from '@/lib/api-types';

/** A record named for a sentence: "Broker Nuon Kosal (B-0016)", "Victim V-2024-000024". */
export function recordRefText(t: TFunction, ref: RecordRef): string {
  const kind = t(`enums.recordKind.${ref.kind}`);
  const code = ref.sublabel?.split(' · ')[0]?.trim();
  return code && code !== ref.label ? `${kind} ${ref.label} (${code})` : `${kind} ${ref.label}`;
}

const SLOT = '\u0000';

export type IdentifierNotice = {
  /** Text before and after the list of records, in the UI language's word order. */
  before: string;
  after: string;
  records: { ref: RecordRef; text: string }[];
  /** The whole sentence as plain text. */
  text: string;
};

/**
 * "shares +855 12 345 678 with Broker Nuon Kosal (B-0016)", or null when no other record holds the
 * identifier. Split around the list so each record can be a link.
 */
export function identifierNotice(
  t: TFunction,
  shared: SharedIdentifier,
  listFormat: (items: string[]) => string = (items) => items.join(', '),
): IdentifierNotice | null {
  if (shared.others.length === 0) return null;
  const records = shared.others.map((ref) => ({ ref, text: recordRefText(t, ref) }));
  const template = t('identifiers.shares', { value: shared.identifier.display, records: SLOT });
  const [before = '', after = ''] = template.split(SLOT);
  return {
    before,
    after,
    records,
    text: t('identifiers.shares', {
      value: shared.identifier.display,
      records: listFormat(records.map((r) => r.text)),
    }),
  };
}

import type { TFunction } from 'i18next';

import type { Schema } from '@khsae/api-client';
import type { ConfidenceGrade, LinkSource, LinkType } from '@khsae/domain';

import type { RecordRef } from '@/lib/api-types';
import { textOrNull, type FieldErrors } from '@/lib/forms';

export type LinkDirection = 'outgoing' | 'incoming';

/** A link to start from (e.g. "Record a link" next to a shared identifier). */
export type LinkDraft = { other: RecordRef; type?: LinkType; nonce: number };

export type LinkFormValues = {
  other: RecordRef | null;
  type: LinkType | null;
  direction: LinkDirection;
  startedOn: string;
  endedOn: string;
  source: LinkSource | null;
  sourceRef: string;
  confidence: ConfidenceGrade;
  evidence: string;
};

export const LINK_FORM_FIELDS = [
  'other',
  'type',
  'startedOn',
  'endedOn',
  'source',
  'sourceRef',
  'confidence',
  'evidence',
] as const;
export type LinkFormField = (typeof LINK_FORM_FIELDS)[number];

export function emptyLinkValues(draft?: Omit<LinkDraft, 'nonce'>): LinkFormValues {
  return {
    other: draft?.other ?? null,
    type: draft?.type ?? null,
    direction: 'outgoing',
    startedOn: '',
    endedOn: '',
    source: null,
    sourceRef: '',
    confidence: 'unverified',
    evidence: '',
  };
}

export function validateLink(
  values: LinkFormValues,
  self: RecordRef,
  t: TFunction,
): FieldErrors<LinkFormField> {
  const errors: FieldErrors<LinkFormField> = {};
  if (!values.other) errors.other = t('links.validation.otherRequired');
  else if (values.other.id === self.id) errors.other = t('links.validation.sameRecord');
  if (!values.type) errors.type = t('links.validation.typeRequired');
  if (!values.source) errors.source = t('links.validation.sourceRequired');
  if (values.startedOn && values.endedOn && values.endedOn < values.startedOn) {
    errors.endedOn = t('links.validation.datesOrder');
  }
  return errors;
}

/** The link as the API takes it; the direction decides which end is `from`. */
export function linkBody(values: LinkFormValues, self: RecordRef): Schema<'CreateLinkDto'> | null {
  if (!values.other || !values.type || !values.source) return null;
  const [from, to] = values.direction === 'outgoing' ? [self, values.other] : [values.other, self];
  return {
    fromKind: from.kind,
    fromId: from.id,
    toKind: to.kind,
    toId: to.id,
    type: values.type,
    startedOn: values.startedOn || null,
    endedOn: values.endedOn || null,
    evidence: textOrNull(values.evidence),
    source: values.source,
    sourceRef: textOrNull(values.sourceRef),
    confidence: values.confidence,
  };
}

/** Server problems name the body's fields; the form shows the other end as one picker. */
export function linkServerField(field: string): LinkFormField | null {
  if (field === 'fromId' || field === 'toId' || field === 'fromKind' || field === 'toKind')
    return 'other';
  return (LINK_FORM_FIELDS as readonly string[]).includes(field) ? (field as LinkFormField) : null;
}

import { describe, expect, it } from '@jest/globals';

import type { RecordRef } from '@/lib/api-types';
import { createI18n } from '@/lib/i18n';

import { emptyLinkValues, linkBody, linkServerField, validateLink } from './link-form-values';

const broker: RecordRef = { kind: 'broker', id: 'b1', label: 'Sok Sokha', sublabel: 'B-0041' };
const victim: RecordRef = { kind: 'victim', id: 'v1', label: 'V-2026-000001', sublabel: null };

describe('link form values', () => {
  it('makes this record the "from" end, or the "to" end when the direction is incoming', () => {
    const values = {
      ...emptyLinkValues({ other: victim }),
      type: 'recruited' as const,
      source: 'tip' as const,
    };
    expect(linkBody(values, broker)).toMatchObject({ fromId: 'b1', toId: 'v1', type: 'recruited' });
    expect(linkBody({ ...values, direction: 'incoming' }, broker)).toMatchObject({
      fromId: 'v1',
      toId: 'b1',
    });
  });

  it('refuses a link to the record itself and an end before the start', () => {
    const { t } = createI18n('en');
    const errors = validateLink(
      { ...emptyLinkValues({ other: broker }), startedOn: '2025-02-01', endedOn: '2025-01-01' },
      broker,
      t,
    );
    expect(errors).toEqual({
      other: 'A record cannot be linked to itself.',
      type: 'Choose the link type.',
      source: 'Choose the source.',
      endedOn: 'The end cannot be before the start.',
    });
  });

  it('shows problems with either end on the record picker', () => {
    expect(linkServerField('toId')).toBe('other');
    expect(linkServerField('fromKind')).toBe('other');
    expect(linkServerField('confidence')).toBe('confidence');
    expect(linkServerField('version')).toBeNull();
  });
});

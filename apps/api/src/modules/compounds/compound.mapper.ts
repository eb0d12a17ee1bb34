import type { Compound, PlaceSummary } from '@khsae/domain';

import { toRecordMeta } from 'src/common/records/record-meta.dto';
import type { SearchEntryInput } from 'src/common/records/records.repository';
import type { CompoundEntity } from 'src/modules/compounds/compound.entity';

export function toCompound(c: CompoundEntity, place: PlaceSummary | null): Compound {
  return {
    ...toRecordMeta(c),
    refCode: c.refCode,
    name: c.name,
    aliases: c.aliases,
    countryCode: c.countryCode,
    place,
    address: c.address,
    lat: c.lat,
    lng: c.lng,
    operator: c.operator,
    scamTypes: c.scamTypes,
    status: c.status,
    indicators: c.indicators,
    notes: c.notes,
  };
}

/** Name, aliases, reference code and the operator (searched as an alias: "who runs it" finds it). */
export function compoundSearchEntries(c: CompoundEntity): SearchEntryInput[] {
  return [
    { field: 'name', text: c.name },
    ...c.aliases.map((a) => ({ field: 'alias' as const, text: a })),
    { field: 'alias', text: c.operator },
    { field: 'code', text: c.refCode },
  ];
}

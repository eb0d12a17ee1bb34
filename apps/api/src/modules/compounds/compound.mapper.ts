import type { Compound, PlaceSummary } from '@khsae/domain';

import { toRecordMeta } from 'src/common/records/record-meta.dto';
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

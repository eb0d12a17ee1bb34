import { toRecordMeta } from 'src/common/records/record-meta.dto';
import type { CompoundEntity } from 'src/modules/compounds/compound.entity';
import type { CompoundResponseDto } from 'src/modules/compounds/dto/compound.dto';
import type { PlaceSummaryDto } from 'src/modules/places/dto/place.dto';

export function toCompound(c: CompoundEntity, place: PlaceSummaryDto | null): CompoundResponseDto {
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

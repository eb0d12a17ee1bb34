import { toRecordMeta } from 'src/common/records/record-meta.dto';
import type { PlaceEntity } from 'src/modules/places/place.entity';
import type { PlaceResponseDto, PlaceSummaryDto } from 'src/modules/places/dto/place.dto';

export function toPlaceSummary(p: PlaceEntity): PlaceSummaryDto {
  return {
    id: p.id,
    kind: p.kind,
    code: p.code,
    nameKm: p.nameKm,
    nameLatin: p.nameLatin,
    pathLatin: p.pathLatin,
    pathKm: p.pathKm,
    countryCode: p.countryCode,
  };
}

export function toPlace(p: PlaceEntity): PlaceResponseDto {
  return {
    ...toPlaceSummary(p),
    ...toRecordMeta(p),
    parentId: p.parentId,
    nameAlt: p.nameAlt,
    lat: p.lat,
    lng: p.lng,
  };
}

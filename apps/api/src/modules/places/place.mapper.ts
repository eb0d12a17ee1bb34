import type { Place, PlaceSummary } from '@khsae/domain';

import { toRecordMeta } from 'src/common/records/record-meta.dto';
import type { PlaceEntity } from 'src/modules/places/place.entity';

export function toPlaceSummary(p: PlaceEntity): PlaceSummary {
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

export function toPlace(p: PlaceEntity): Place {
  return {
    ...toPlaceSummary(p),
    ...toRecordMeta(p),
    parentId: p.parentId,
    nameAlt: p.nameAlt,
    lat: p.lat,
    lng: p.lng,
  };
}

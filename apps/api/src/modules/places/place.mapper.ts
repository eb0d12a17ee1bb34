import type { Place, PlaceSummary } from '@khsae/domain';

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
    parentId: p.parentId,
    nameAlt: p.nameAlt,
    lat: p.lat,
    lng: p.lng,
    version: p.version,
    createdAt: p.createdAt.toISOString(),
    updatedAt: p.updatedAt.toISOString(),
    createdBy: p.createdBy,
    archivedAt: p.archivedAt ? p.archivedAt.toISOString() : null,
  };
}

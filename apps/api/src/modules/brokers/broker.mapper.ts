import { withRecordMeta } from 'src/common/records/record-meta.dto';
import type { BrokerEntity } from 'src/modules/brokers/broker.entity';
import type { BrokerResponseDto } from 'src/modules/brokers/dto/broker.dto';
import type { PlaceSummaryDto } from 'src/modules/places/dto/place.dto';

export function toBroker(b: BrokerEntity, homePlace: PlaceSummaryDto | null): BrokerResponseDto {
  return withRecordMeta(b, {
    refCode: b.refCode,
    nameKm: b.nameKm,
    nameLatin: b.nameLatin,
    aliases: b.aliases,
    sex: b.sex,
    birthYear: b.birthYear,
    nationality: b.nationality,
    homePlace,
    role: b.role,
    legalStatus: b.legalStatus,
    notes: b.notes,
  });
}

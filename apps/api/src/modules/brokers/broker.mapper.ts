import type { PlaceSummary } from '@khsae/domain';

import { withRecordMeta } from 'src/common/records/record-meta.dto';
import type { SearchEntryInput } from 'src/common/records/records.repository';
import type { BrokerEntity } from 'src/modules/brokers/broker.entity';
import type { BrokerResponseDto } from 'src/modules/brokers/dto/broker.dto';

export function toBroker(b: BrokerEntity, homePlace: PlaceSummary | null): BrokerResponseDto {
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

export function brokerSearchEntries(b: BrokerEntity): SearchEntryInput[] {
  return [
    { field: 'name', text: b.nameLatin },
    { field: 'name', text: b.nameKm },
    // An empty entry names the field, so that removing the last alias removes its key too.
    { field: 'alias', text: null },
    ...b.aliases.map((a) => ({ field: 'alias' as const, text: a })),
    { field: 'code', text: b.refCode },
  ];
}

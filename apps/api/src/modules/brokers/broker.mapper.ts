import type { Broker, PlaceSummary } from '@khsae/domain';

import { toRecordMeta } from 'src/common/registry/record-meta.dto';
import type { BrokerEntity } from 'src/modules/brokers/broker.entity';
import type { SearchEntryInput } from 'src/modules/search/search-index.service';

export function toBroker(b: BrokerEntity, places: Map<string, PlaceSummary>): Broker {
  return {
    ...toRecordMeta(b),
    refCode: b.refCode,
    nameKm: b.nameKm,
    nameLatin: b.nameLatin,
    aliases: b.aliases,
    sex: b.sex,
    birthYear: b.birthYear,
    nationality: b.nationality,
    homePlace: b.homePlaceId ? (places.get(b.homePlaceId) ?? null) : null,
    role: b.role,
    legalStatus: b.legalStatus,
    notes: b.notes,
  };
}

/** The label a broker is shown by elsewhere: "Sok Sokha (B-0042)". */
export function brokerLabel(
  b: Pick<BrokerEntity, 'nameLatin' | 'nameKm' | 'aliases' | 'refCode'>,
): string {
  return b.nameLatin ?? b.nameKm ?? b.aliases[0] ?? b.refCode;
}

export function brokerSearchEntries(b: BrokerEntity): SearchEntryInput[] {
  return [
    { field: 'name', text: b.nameLatin },
    { field: 'name', text: b.nameKm },
    ...b.aliases.map((a) => ({ field: 'alias' as const, text: a })),
    { field: 'code', text: b.refCode },
  ];
}

import { toRecordMeta } from 'src/common/records/record-meta.dto';
import type { VictimIdentityEntity } from 'src/modules/victims/victim-identity.entity';
import type { VictimEntity } from 'src/modules/victims/victim.entity';
import type { SearchEntryInput } from 'src/common/records/records.repository';
import type {
  VictimIdentityResponseDto,
  VictimResponseDto,
} from 'src/modules/victims/dto/victim.dto';
import type { PlaceSummaryDto } from 'src/modules/places/dto/place.dto';

/** The pseudonymous record: never any identity field, whoever asks. */
export function toVictim(
  v: VictimEntity,
  homePlace: PlaceSummaryDto | null,
  canReadIdentity: boolean,
): VictimResponseDto {
  return {
    ...toRecordMeta(v),
    code: v.code,
    sex: v.sex,
    ageBand: v.ageBand,
    nationality: v.nationality,
    homePlace,
    recruitedOn: v.recruitedOn,
    jobPromised: v.jobPromised,
    recruitmentChannel: v.recruitmentChannel,
    exploitationType: v.exploitationType,
    meansOfControl: v.meansOfControl,
    status: v.status,
    consentToShare: v.consentToShare,
    notes: v.notes,
    canReadIdentity,
  };
}

/** Only for callers that passed VictimsService.canReadIdentity. */
export function toVictimIdentity(i: VictimIdentityEntity): VictimIdentityResponseDto {
  return {
    victimId: i.victimId,
    fullNameKm: i.fullNameKm,
    fullNameLatin: i.fullNameLatin,
    dateOfBirth: i.dateOfBirth,
    phone: i.phone,
    contactNotes: i.contactNotes,
    idNumbers: i.idNumbers,
    version: i.version,
    updatedAt: i.updatedAt.toISOString(),
  };
}

/** Names and the phone (E.164) are searchable only by callers who may read the identity (restricted entries). */
export function identitySearchEntries(
  i: Pick<VictimIdentityEntity, 'fullNameKm' | 'fullNameLatin' | 'phone'>,
): SearchEntryInput[] {
  return [
    { field: 'identity_name', source: 'fullNameKm', text: i.fullNameKm, restricted: true },
    { field: 'identity_name', source: 'fullNameLatin', text: i.fullNameLatin, restricted: true },
    { field: 'identifier', source: 'phone', text: i.phone, restricted: true },
  ];
}

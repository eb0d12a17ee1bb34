import type { IdentifierEntity } from 'src/modules/identifiers/identifier.entity';
import type {
  IdentifierResponseDto,
  SharedIdentifierDto,
} from 'src/modules/identifiers/dto/identifier.dto';
import type { RecordRefDto } from 'src/common/records/record-ref.dto';

export function toIdentifier(
  i: Pick<IdentifierEntity, 'id' | 'kind' | 'value' | 'display' | 'createdAt'>,
  holders: RecordRefDto[],
): IdentifierResponseDto {
  return {
    id: i.id,
    kind: i.kind,
    value: i.value,
    display: i.display,
    holders,
    createdAt: i.createdAt.toISOString(),
  };
}

/** What a record's page shows: the identifier and the other records holding it. */
export function toSharedIdentifier(
  i: Pick<IdentifierResponseDto, 'id' | 'kind' | 'value' | 'display'>,
  others: RecordRefDto[],
): SharedIdentifierDto {
  return { identifier: { id: i.id, kind: i.kind, value: i.value, display: i.display }, others };
}

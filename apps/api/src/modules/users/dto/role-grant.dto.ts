import { type Role, ROLES, type RoleGrantKind, ROLE_GRANT_KINDS } from '@khsae/domain';
import { ApiProperty } from '@nestjs/swagger';

import { TextField, VersionField } from 'src/common/validation/fields';

class GrantPersonDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() email!: string;
  @ApiProperty() displayName!: string;
}

class GrantAccountDto extends GrantPersonDto {
  @ApiProperty({ enum: ROLES, enumName: 'Role', description: 'The role the account holds now' })
  role!: Role;
  @ApiProperty() disabled!: boolean;
}

export class RoleGrantResponseDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: GrantAccountDto }) user!: GrantAccountDto;
  @ApiProperty({ enum: ROLES, enumName: 'Role', description: 'The role asked for' }) role!: Role;
  @ApiProperty({ enum: ROLE_GRANT_KINDS, enumName: 'RoleGrantKind' }) kind!: RoleGrantKind;
  @ApiProperty({ type: GrantPersonDto }) requestedBy!: GrantPersonDto;
  @ApiProperty({ format: 'date-time' }) requestedAt!: string;
  @ApiProperty({ type: GrantPersonDto, nullable: true }) decidedBy!: GrantPersonDto | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) decidedAt!: string | null;
  @ApiProperty({
    type: String,
    enum: ['approved', 'declined', 'withdrawn'],
    nullable: true,
    description: 'Null while pending',
  })
  decision!: 'approved' | 'declined' | 'withdrawn' | null;
  @ApiProperty({ type: String, nullable: true }) reason!: string | null;
  @ApiProperty({ description: 'Send it back to decide; a stale value answers 409' })
  version!: number;
  @ApiProperty({ description: 'Whether the caller may approve or decline it (two-person rule)' })
  mayDecide!: boolean;
}

export class DecideRoleGrantDto {
  @VersionField() version!: number;
  @TextField('reason', 500, { optional: true }) reason?: string | null;
}

import { type Role, ROLES } from '@khsae/domain';
import { ApiProperty } from '@nestjs/swagger';
import { PageResponse } from 'src/common/http/page.dto';

export class UserResponseDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() email!: string;
  @ApiProperty() displayName!: string;
  @ApiProperty({ enum: ROLES, enumName: 'Role' }) role!: Role;
  @ApiProperty() disabled!: boolean;
  @ApiProperty({ description: 'Send it back with PATCH; a stale value answers 409' })
  version!: number;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) lastLoginAt!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class UserPageResponseDto extends PageResponse(UserResponseDto) {}

import { type Role, ROLES, type UserSort, USER_SORTS } from '@khsae/domain';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';

import { PageQueryDto } from 'src/common/http/page.dto';
import { booleanFromQuery } from 'src/common/validation/transforms';
import { BooleanField, EnumField } from 'src/common/validation/fields';

export class ListUsersQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: USER_SORTS, default: 'email' })
  @IsOptional()
  @IsIn(USER_SORTS, { message: `sort must be one of: ${USER_SORTS.join(', ')}` })
  sort?: UserSort;

  @ApiPropertyOptional({ description: 'Part of the email or display name' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @EnumField('role', ROLES, 'Role', { optional: true, nullable: false }) role?: Role;

  @Transform(booleanFromQuery)
  @BooleanField('disabled', { optional: true, nullable: false })
  disabled?: boolean;
}

import { type Role, ROLES } from '@khsae/domain';
import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsIn, IsString, MaxLength, MinLength } from 'class-validator';

import { emailAddress, trimmed } from 'src/common/validation/transforms';

/** A new account: no password, the user sets one by redeeming the one-time code the answer carries. */
export class CreateUserDto {
  @ApiProperty({ example: 'sokha.investigator@police.example' })
  @Transform(emailAddress)
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(254)
  email!: string;

  @ApiProperty({ example: 'Sok Sokha' })
  @Transform(trimmed)
  @IsString()
  @MinLength(1, { message: 'displayName must not be empty' })
  @MaxLength(120)
  displayName!: string;

  @ApiProperty({ enum: ROLES, enumName: 'Role' })
  @IsIn(ROLES, { message: `role must be one of: ${ROLES.join(', ')}` })
  role!: Role;
}

import { type Permission, PERMISSIONS, type Role, ROLES } from '@khsae/domain';
import { ApiProperty } from '@nestjs/swagger';

export class CurrentUserResponseDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() email!: string;
  @ApiProperty() displayName!: string;
  @ApiProperty({ enum: ROLES, enumName: 'Role' }) role!: Role;
  @ApiProperty({ enum: PERMISSIONS, enumName: 'Permission', isArray: true })
  permissions!: Permission[];
  @ApiProperty({ description: 'True when the server runs on synthetic demo data' })
  demoMode!: boolean;
}

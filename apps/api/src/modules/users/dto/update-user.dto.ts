import { type Role, ROLES } from '@khsae/domain';

import { BooleanField, EnumField, NameField, VersionField } from 'src/common/validation/fields';

/** A change to an account; its password is the user's own (a reset issues a one-time code). */
export class UpdateUserDto {
  @VersionField() version!: number;
  @NameField('displayName', 120, { optional: true, nullable: false }) displayName?: string;
  @EnumField('role', ROLES, 'Role', { optional: true, nullable: false }) role?: Role;
  @BooleanField('disabled', { optional: true, nullable: false }) disabled?: boolean;
}

import { Module } from '@nestjs/common';

import { ResetCodesRepository } from 'src/modules/users/reset-codes.repository';
import { RoleGrantsController } from 'src/modules/users/role-grants.controller';
import { RoleGrantsRepository } from 'src/modules/users/role-grants.repository';
import { RoleGrantsService } from 'src/modules/users/role-grants.service';
import { UsersController } from 'src/modules/users/users.controller';
import { UsersRepository } from 'src/modules/users/users.repository';
import { UsersService } from 'src/modules/users/users.service';

@Module({
  controllers: [UsersController, RoleGrantsController],
  exports: [UsersService],
  providers: [
    ResetCodesRepository,
    RoleGrantsRepository,
    RoleGrantsService,
    UsersRepository,
    UsersService,
  ],
})
export class UsersModule {}

import { Module } from '@nestjs/common';

import { UsersController } from 'src/modules/users/users.controller';
import { UsersRepository } from 'src/modules/users/users.repository';
import { UsersService } from 'src/modules/users/users.service';

@Module({
  controllers: [UsersController],
  exports: [UsersService],
  providers: [UsersRepository, UsersService],
})
export class UsersModule {}

import { Module } from '@nestjs/common';

import { AuthModule } from 'src/modules/auth/auth.module';
import { UsersController } from 'src/modules/users/users.controller';
import { UsersService } from 'src/modules/users/users.service';

@Module({
  controllers: [UsersController],
  exports: [UsersService],
  imports: [AuthModule],
  providers: [UsersService],
})
export class UsersModule {}

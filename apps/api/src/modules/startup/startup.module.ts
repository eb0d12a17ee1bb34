import { Module } from '@nestjs/common';

import { PlacesModule } from 'src/modules/places/places.module';
import { StartupRepository } from 'src/modules/startup/startup.repository';
import { StartupService } from 'src/modules/startup/startup.service';
import { UsersModule } from 'src/modules/users/users.module';

@Module({ imports: [PlacesModule, UsersModule], providers: [StartupRepository, StartupService] })
export class StartupModule {}

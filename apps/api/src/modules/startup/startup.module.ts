import { Module } from '@nestjs/common';

import { StartupService } from 'src/modules/startup/startup.service';

@Module({ providers: [StartupService] })
export class StartupModule {}

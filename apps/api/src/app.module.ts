import { type DynamicModule, Global, Logger, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { AuditModule } from 'src/common/audit/audit.module';
import { RateLimitModule } from 'src/common/http/rate-limit.module';
import { RecordsModule } from 'src/common/records/records.module';
import { APP_CONFIG, type AppConfig } from 'src/config/app-config';
import { buildDataSourceOptions, type DatabaseMode } from 'src/database/data-source';
import { DatabaseInfo } from 'src/database/database-info';
import { AuditEventsModule } from 'src/modules/audit-events/audit-events.module';
import { AuthModule } from 'src/modules/auth/auth.module';
import { BrokersModule } from 'src/modules/brokers/brokers.module';
import { GraphModule } from 'src/modules/graph/graph.module';
import { GraphViewsModule } from 'src/modules/graph-views/graph-views.module';
import { HealthModule } from 'src/modules/health/health.module';
import { PlacesModule } from 'src/modules/places/places.module';
import { StartupModule } from 'src/modules/startup/startup.module';
import { CompoundsModule } from 'src/modules/compounds/compounds.module';
import { IdentifiersModule } from 'src/modules/identifiers/identifiers.module';
import { LinksModule } from 'src/modules/links/links.module';
import { RoutesModule } from 'src/modules/routes/routes.module';
import { SearchModule } from 'src/modules/search/search.module';
import { VictimsModule } from 'src/modules/victims/victims.module';
import { UsersModule } from 'src/modules/users/users.module';

export type AppModuleOptions = {
  config: AppConfig;
  databaseUrl: string;
  /** Where migrations run at start, as the owner (by default databaseUrl). */
  migrationUrl?: string;
  databaseMode: DatabaseMode;
  /** How often to retry the first connection at start (0 in tests). */
  connectRetries?: number;
};

@Global()
@Module({})
class CoreModule {
  static register(options: AppModuleOptions): DynamicModule {
    const providers = [
      { provide: APP_CONFIG, useValue: options.config },
      {
        provide: DatabaseInfo,
        useValue: new DatabaseInfo(
          options.databaseMode,
          options.migrationUrl ?? options.databaseUrl,
        ),
      },
    ];
    return { module: CoreModule, providers, exports: providers };
  }
}

@Module({})
export class AppModule {
  static register(options: AppModuleOptions): DynamicModule {
    const logger = new Logger('Database');
    return {
      module: AppModule,
      imports: [
        CoreModule.register(options),
        TypeOrmModule.forRoot({
          ...buildDataSourceOptions(options.databaseUrl, options.databaseMode, {
            limits: options.config,
            logWarning: (m) => logger.warn(m),
          }),
          retryAttempts: options.connectRetries ?? 10,
          retryDelay: 3_000,
        }),
        AuditModule,
        AuditEventsModule,
        AuthModule,
        BrokersModule,
        CompoundsModule,
        GraphModule,
        GraphViewsModule,
        HealthModule,
        IdentifiersModule,
        LinksModule,
        PlacesModule,
        RateLimitModule,
        RecordsModule,
        RoutesModule,
        SearchModule,
        StartupModule,
        UsersModule,
        VictimsModule,
      ],
    };
  }
}

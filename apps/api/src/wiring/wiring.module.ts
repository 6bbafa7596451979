import { Module, type DynamicModule } from '@nestjs/common';
import type { ApiConfig } from '../config/api-config';
import { API_CONFIG } from '../config/api-config.token';
import { careRelationsProvider } from './care-relations.provider';
import { crisisPolicyProvider } from './crisis-policy.provider';

/**
 * What every library's wiring may inject: the configuration, the combined care relations, and
 * crisis mode's policy in force (CR-7).
 */
@Module({})
export class WiringModule {
  static forRoot(config: ApiConfig): DynamicModule {
    const configProvider = { provide: API_CONFIG, useValue: config };
    return {
      module: WiringModule,
      global: true,
      providers: [configProvider, careRelationsProvider, crisisPolicyProvider],
      exports: [configProvider, careRelationsProvider, crisisPolicyProvider],
    };
  }
}

import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { scopeConnectionsToTenant } from '../../persistence/tenant-scoped-connections';
import { KERNEL_DATA_SOURCE } from '../kernel.tokens';
import { TenantScope } from './tenant-scope';

/** Sets `app.tenant` from the request (or a TenantScope run) on every connection the DataSource hands out. */
@Injectable()
export class TenantScopedDataSource implements OnModuleInit {
  constructor(
    @Inject(KERNEL_DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly tenants: TenantScope,
  ) {}

  onModuleInit(): void {
    scopeConnectionsToTenant(this.dataSource, () => this.tenants.current());
  }
}

import { Injectable } from '@nestjs/common';
import { CLS_REQ, ClsService } from 'nestjs-cls';
import type { Actor } from '../../domain/actor';
import { ALL_TENANTS } from '../../persistence/tenant-scoped-connections';

const TENANT = 'lavterskel.tenant';

/**
 * The municipality whose rows the current work may see under row-level security: the
 * authenticated actor's, or the one a `run` names (the public application form, which names
 * the municipality it is sent to; background jobs that span all of them).
 */
@Injectable()
export class TenantScope {
  constructor(private readonly cls: ClsService) {}

  current(): string | undefined {
    if (!this.cls.isActive()) return undefined;
    const named = this.cls.get<string | undefined>(TENANT);
    return named ?? this.cls.get<{ actor?: Actor } | undefined>(CLS_REQ)?.actor?.tenantId;
  }

  /** Runs `work` with `tenant`'s rows in reach. */
  run<T>(tenant: string, work: () => Promise<T>): Promise<T> {
    return this.cls.run({ ifNested: 'inherit' }, () => {
      this.cls.set(TENANT, tenant);
      return work();
    });
  }

  /** Runs a background job that claims work of every municipality (it keeps each row's tenant itself). */
  runForAllTenants<T>(work: () => Promise<T>): Promise<T> {
    return this.run(ALL_TENANTS, work);
  }
}

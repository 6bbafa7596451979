import type { MigrationInterface, QueryRunner } from 'typeorm';
import { disableTenantIsolation, enableTenantIsolation } from '../row-level-security';

// Hand-written: every table of this schema with tenant_id is visible to the runtime role only for its tenant.
export class KernelRowLevelSecurity1796156300000 implements MigrationInterface {
  name = 'KernelRowLevelSecurity1796156300000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await enableTenantIsolation(queryRunner, 'kernel');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await disableTenantIsolation(queryRunner, 'kernel');
  }
}

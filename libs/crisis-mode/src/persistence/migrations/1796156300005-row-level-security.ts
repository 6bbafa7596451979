import type { MigrationInterface, QueryRunner } from 'typeorm';
import { disableTenantIsolation, enableTenantIsolation } from '@lavterskel/kernel/typeorm';

// Hand-written: every table of this schema with tenant_id is visible to the runtime role only for its tenant.
export class CrisisModeRowLevelSecurity1796156300005 implements MigrationInterface {
  name = 'CrisisModeRowLevelSecurity1796156300005';

  async up(queryRunner: QueryRunner): Promise<void> {
    await enableTenantIsolation(queryRunner, 'crisis');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await disableTenantIsolation(queryRunner, 'crisis');
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';
import { disableTenantIsolation, enableTenantIsolation } from '@lavterskel/kernel/typeorm';

// Hand-written: every table of this schema with tenant_id is visible to the runtime role only for its tenant.
export class ConsentRowLevelSecurity1796156300004 implements MigrationInterface {
  name = 'ConsentRowLevelSecurity1796156300004';

  async up(queryRunner: QueryRunner): Promise<void> {
    await enableTenantIsolation(queryRunner, 'consent');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await disableTenantIsolation(queryRunner, 'consent');
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';
import { disableTenantIsolation, enableTenantIsolation } from '@lavterskel/kernel/typeorm';

// Hand-written: every table of this schema with tenant_id is visible to the runtime role only for its tenant.
export class ServicesRowLevelSecurity1796156300002 implements MigrationInterface {
  name = 'ServicesRowLevelSecurity1796156300002';

  async up(queryRunner: QueryRunner): Promise<void> {
    await enableTenantIsolation(queryRunner, 'services');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await disableTenantIsolation(queryRunner, 'services');
  }
}

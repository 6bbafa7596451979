import type { MigrationInterface, QueryRunner } from 'typeorm';
import { disableTenantIsolation, enableTenantIsolation } from '@lavterskel/kernel/typeorm';

// Hand-written: every table of this schema with tenant_id is visible to the runtime role only for its tenant.
export class ClientsRowLevelSecurity1796156300001 implements MigrationInterface {
  name = 'ClientsRowLevelSecurity1796156300001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await enableTenantIsolation(queryRunner, 'clients');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await disableTenantIsolation(queryRunner, 'clients');
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';
import { disableTenantIsolation, enableTenantIsolation } from '@lavterskel/kernel/typeorm';

// Hand-written: every table of this schema with tenant_id is visible to the runtime role only for its tenant.
export class GroupsRowLevelSecurity1796156300003 implements MigrationInterface {
  name = 'GroupsRowLevelSecurity1796156300003';

  async up(queryRunner: QueryRunner): Promise<void> {
    await enableTenantIsolation(queryRunner, 'groups');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await disableTenantIsolation(queryRunner, 'groups');
  }
}

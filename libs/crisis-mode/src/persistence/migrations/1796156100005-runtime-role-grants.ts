import type { MigrationInterface, QueryRunner } from 'typeorm';
import { grantRuntimeAccess, revokeRuntimeAccess } from '@lavterskel/kernel/typeorm';

// Hand-written: the API's runtime role (see the kernel's runtime-role.ts) may read and write this schema's tables.
export class CrisisModeRuntimeRoleGrants1796156100005 implements MigrationInterface {
  name = 'CrisisModeRuntimeRoleGrants1796156100005';

  async up(queryRunner: QueryRunner): Promise<void> {
    await grantRuntimeAccess(queryRunner, 'crisis');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await revokeRuntimeAccess(queryRunner, 'crisis');
  }
}

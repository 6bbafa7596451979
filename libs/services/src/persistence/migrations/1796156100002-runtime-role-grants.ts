import type { MigrationInterface, QueryRunner } from 'typeorm';
import { grantRuntimeAccess, revokeRuntimeAccess } from '@lavterskel/kernel/typeorm';

// Hand-written: the API's runtime role (see the kernel's runtime-role.ts) may read and write this schema's tables.
export class ServicesRuntimeRoleGrants1796156100002 implements MigrationInterface {
  name = 'ServicesRuntimeRoleGrants1796156100002';

  async up(queryRunner: QueryRunner): Promise<void> {
    await grantRuntimeAccess(queryRunner, 'services');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await revokeRuntimeAccess(queryRunner, 'services');
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';
import { grantRuntimeAccess, revokeRuntimeAccess } from '@lavterskel/kernel/typeorm';

// Hand-written: the API's runtime role (see the kernel's runtime-role.ts) may read and write this schema's tables.
export class ConsentRuntimeRoleGrants1796156100004 implements MigrationInterface {
  name = 'ConsentRuntimeRoleGrants1796156100004';

  async up(queryRunner: QueryRunner): Promise<void> {
    await grantRuntimeAccess(queryRunner, 'consent');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await revokeRuntimeAccess(queryRunner, 'consent');
  }
}

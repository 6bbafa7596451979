import type { MigrationInterface, QueryRunner } from 'typeorm';
import { grantRuntimeAccess, revokeRuntimeAccess } from '@lavterskel/kernel/typeorm';

// Hand-written: the API's runtime role (see the kernel's runtime-role.ts) may read and write this schema's tables.
export class GroupsRuntimeRoleGrants1796156100003 implements MigrationInterface {
  name = 'GroupsRuntimeRoleGrants1796156100003';

  async up(queryRunner: QueryRunner): Promise<void> {
    await grantRuntimeAccess(queryRunner, 'groups');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await revokeRuntimeAccess(queryRunner, 'groups');
  }
}

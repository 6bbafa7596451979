import type { MigrationInterface, QueryRunner } from 'typeorm';
import { grantRuntimeAccess, revokeRuntimeAccess } from '@lavterskel/kernel/typeorm';

// Hand-written: the API's runtime role (see the kernel's runtime-role.ts) may read and write this schema's tables.
export class ClientsRuntimeRoleGrants1796156100001 implements MigrationInterface {
  name = 'ClientsRuntimeRoleGrants1796156100001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await grantRuntimeAccess(queryRunner, 'clients');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await revokeRuntimeAccess(queryRunner, 'clients');
  }
}

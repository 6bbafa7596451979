import type { MigrationInterface, QueryRunner } from 'typeorm';
import { grantRuntimeAccess, revokeRuntimeAccess, RUNTIME_ROLE } from '../runtime-role';

// Hand-written: the API's runtime role (the kernel's runtime-role.ts) may read and write this schema's tables.
export class KernelRuntimeRoleGrants1796156100000 implements MigrationInterface {
  name = 'KernelRuntimeRoleGrants1796156100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await grantRuntimeAccess(queryRunner, 'kernel');
    // The audit trail: the API may add to it and read it, never change or remove a row.
    await queryRunner.query(`REVOKE UPDATE, DELETE ON "kernel"."audit_event" FROM ${RUNTIME_ROLE}`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await revokeRuntimeAccess(queryRunner, 'kernel');
  }
}

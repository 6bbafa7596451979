import type { QueryRunner } from 'typeorm';

/**
 * The database role the API runs as. It owns nothing, is not a superuser and has no
 * BYPASSRLS, so it cannot drop or disable a trigger and row-level security applies to it.
 * Migrations run as the owner (the configured DATABASE_URL's user) and grant it what it needs.
 */
export const RUNTIME_ROLE = 'lavterskel_app';

/**
 * Creates the runtime role unless the cluster has it (roles are cluster-wide: every database
 * on a server shares one). It can log in, but without a password: a server that asks for one
 * needs the API's start-up (or a DBA) to set it. Safe when two migrations race to create it.
 */
export async function ensureRuntimeRole(queryRunner: QueryRunner): Promise<void> {
  await queryRunner.query(`DO $$ BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${RUNTIME_ROLE}') THEN
      CREATE ROLE ${RUNTIME_ROLE} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS NOREPLICATION;
    END IF;
  EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
  END $$`);
}

/**
 * Lets the runtime role use `schema`: its tables (read and write) and sequences, today's and
 * those later migrations create there. Tables it may only append to are narrowed afterwards.
 */
export async function grantRuntimeAccess(queryRunner: QueryRunner, schema: string): Promise<void> {
  await ensureRuntimeRole(queryRunner);
  await queryRunner.query(`GRANT USAGE ON SCHEMA "${schema}" TO ${RUNTIME_ROLE}`);
  await queryRunner.query(
    `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA "${schema}" TO ${RUNTIME_ROLE}`,
  );
  await queryRunner.query(
    `GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA "${schema}" TO ${RUNTIME_ROLE}`,
  );
  await queryRunner.query(
    `ALTER DEFAULT PRIVILEGES IN SCHEMA "${schema}" GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${RUNTIME_ROLE}`,
  );
  await queryRunner.query(
    `ALTER DEFAULT PRIVILEGES IN SCHEMA "${schema}" GRANT USAGE, SELECT ON SEQUENCES TO ${RUNTIME_ROLE}`,
  );
}

/** Undoes `grantRuntimeAccess` (a migration's `down`); the role stays, other databases may use it. */
export async function revokeRuntimeAccess(queryRunner: QueryRunner, schema: string): Promise<void> {
  await queryRunner.query(
    `ALTER DEFAULT PRIVILEGES IN SCHEMA "${schema}" REVOKE USAGE, SELECT ON SEQUENCES FROM ${RUNTIME_ROLE}`,
  );
  await queryRunner.query(
    `ALTER DEFAULT PRIVILEGES IN SCHEMA "${schema}" REVOKE SELECT, INSERT, UPDATE, DELETE ON TABLES FROM ${RUNTIME_ROLE}`,
  );
  await queryRunner.query(`REVOKE ALL ON ALL SEQUENCES IN SCHEMA "${schema}" FROM ${RUNTIME_ROLE}`);
  await queryRunner.query(`REVOKE ALL ON ALL TABLES IN SCHEMA "${schema}" FROM ${RUNTIME_ROLE}`);
  await queryRunner.query(`REVOKE USAGE ON SCHEMA "${schema}" FROM ${RUNTIME_ROLE}`);
}

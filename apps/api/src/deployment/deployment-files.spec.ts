import { getMetadataStorage } from 'class-validator';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { RUNTIME_ROLE } from '@lavterskel/kernel/typeorm';
import { Environment } from '../config/environment';

// No Docker daemon in CI: the files are checked for what the API relies on.
const root = join(__dirname, '../../../..');
const read = (file: string) => readFileSync(join(root, file), 'utf8');

interface ComposeService {
  image?: string;
  build?: unknown;
  environment?: Record<string, string>;
  volumes?: string[];
  depends_on?: Record<string, { condition: string }>;
}

describe('deployment files', () => {
  const compose = parse(read('compose.yaml')) as { services: Record<string, ComposeService> };
  const { api, postgres } = compose.services;

  it('compose.yaml: PostgreSQL 16 or 17, and the API built here once the database is healthy', () => {
    expect(postgres?.image).toMatch(/^postgres:1[67]\b/);
    expect(api?.build).toBe('.');
    expect(api?.depends_on).toEqual({ postgres: { condition: 'service_healthy' } });
  });

  it('compose.yaml sets only variables the API reads, the owner and the runtime role apart', () => {
    const declared = getMetadataStorage()
      .getTargetValidationMetadatas(Environment, '', true, false)
      .map((metadata) => metadata.propertyName);
    const environment = api?.environment ?? {};
    expect(Object.keys(environment).filter((name) => !declared.includes(name))).toEqual([]);
    expect(environment['NODE_ENV']).toBe('production');
    expect(environment['DATABASE_URL']).toMatch(/^postgres:\/\/lavterskel_owner:/);
    expect(environment['DATABASE_RUNTIME_URL']).toMatch(new RegExp(`^postgres://${RUNTIME_ROLE}:`));
  });

  it('the init script creates both roles, neither a superuser', () => {
    const script = read('deploy/postgres/init-roles.sh');
    expect(postgres?.volumes).toContain(
      './deploy/postgres/init-roles.sh:/docker-entrypoint-initdb.d/init-roles.sh:ro',
    );
    expect(script).toMatch(/CREATE ROLE lavterskel_owner LOGIN NOSUPERUSER/);
    expect(script).toMatch(
      new RegExp(`CREATE ROLE ${RUNTIME_ROLE} LOGIN NOSUPERUSER .*NOBYPASSRLS`),
    );
    expect(script).toMatch(/CREATE DATABASE lavterskel OWNER lavterskel_owner/);
  });

  it('Dockerfile: multi-stage, an unprivileged user, a health check on /health/live', () => {
    const dockerfile = read('Dockerfile');
    expect(dockerfile.match(/^FROM /gm)?.length).toBeGreaterThanOrEqual(2);
    expect(dockerfile).toMatch(/^USER node$/m);
    expect(dockerfile).toMatch(/^HEALTHCHECK .*\n.*\/health\/live/m);
    expect(dockerfile).toMatch(/^CMD \[.*apps\/api\/src\/main\.ts"\]$/m);
  });
});

import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { resolve } from 'node:path';
import { isOrganisationNumber } from '@lavterskel/kernel';
import type { AuthOptions } from '@lavterskel/kernel/nest';
import { DEVELOPMENT_JWT_SECRET } from './development-secret';
import { Environment } from './environment';

export interface ApiConfig {
  production: boolean;
  port: number;
  host: string;
  /** Unset: start the embedded PostgreSQL. */
  databaseUrl?: string;
  /** The runtime role's connection; unset: derived from the owner's (see runtime-connection.ts). */
  databaseRuntimeUrl?: string;
  embedded: { port: number; dataDir: string };
  auth: AuthOptions;
  /** True when tokens are checked against the built-in development secret. */
  usesDevelopmentSecret: boolean;
  /**
   * Each municipality's organisation number (kommunenummer → organisasjonsnummer): the
   * municipality as a recipient of information, e.g. its contact-tracing team.
   */
  municipalityOrganisations: Readonly<Record<string, string>>;
}

export class ConfigError extends Error {}

/** Reads and validates the environment; every problem is named in one message. */
export function loadApiConfig(env: NodeJS.ProcessEnv): ApiConfig {
  const vars = plainToInstance(Environment, nonEmpty(env));
  // whitelist drops every variable Environment does not declare; messages never echo values.
  const problems = validateSync(vars, { whitelist: true }).flatMap((error) =>
    Object.values(error.constraints ?? {}),
  );
  const production = vars.NODE_ENV === 'production';
  if (vars.AUTH_JWKS_URL && vars.AUTH_JWT_SECRET)
    problems.push('set AUTH_JWKS_URL or AUTH_JWT_SECRET, not both');
  if (production && !vars.AUTH_JWKS_URL && !vars.AUTH_JWT_SECRET) {
    problems.push('production needs AUTH_JWKS_URL (or AUTH_JWT_SECRET)');
  }
  if (production && !vars.DATABASE_URL) problems.push('production needs DATABASE_URL');
  if (production && !vars.DATABASE_RUNTIME_URL) {
    problems.push(
      'production needs DATABASE_RUNTIME_URL (a login of the non-owner role lavterskel_app)',
    );
  }
  const municipalityOrganisations = parseMunicipalityOrganisations(
    vars.MUNICIPALITY_ORGANISATION_NUMBERS,
  );
  for (const [tenant, organisationNumber] of Object.entries(municipalityOrganisations)) {
    if (!isOrganisationNumber(organisationNumber)) {
      problems.push(
        `MUNICIPALITY_ORGANISATION_NUMBERS: ${organisationNumber} (for ${tenant}) is not a valid organisation number`,
      );
    }
  }
  if (problems.length > 0) throw new ConfigError([...new Set(problems)].join('; '));

  const secret = vars.AUTH_JWKS_URL ? undefined : (vars.AUTH_JWT_SECRET ?? DEVELOPMENT_JWT_SECRET);
  return {
    production,
    port: vars.PORT ?? 3000,
    host: vars.HOST ?? '127.0.0.1',
    databaseUrl: vars.DATABASE_URL,
    databaseRuntimeUrl: vars.DATABASE_RUNTIME_URL,
    embedded: {
      port: vars.EMBEDDED_PG_PORT ?? 54329,
      dataDir: resolve(vars.EMBEDDED_PG_DIR ?? '.data/postgres'),
    },
    auth: {
      jwksUrl: vars.AUTH_JWKS_URL,
      secret,
      issuer: vars.AUTH_ISSUER,
      audience: vars.AUTH_AUDIENCE,
    },
    usesDevelopmentSecret: secret === DEVELOPMENT_JWT_SECRET,
    municipalityOrganisations,
  };
}

function parseMunicipalityOrganisations(value: string | undefined): Record<string, string> {
  if (!value) return {};
  return Object.fromEntries(value.split(',').map((pair) => pair.split('=') as [string, string]));
}

function nonEmpty(env: NodeJS.ProcessEnv): Record<string, string> {
  return Object.fromEntries(
    Object.entries(env).filter((entry): entry is [string, string] => Boolean(entry[1])),
  );
}

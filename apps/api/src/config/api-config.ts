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
  /** Connections in the runtime pool (DATABASE_POOL_SIZE). */
  databasePoolSize: number;
  embedded: { port: number; dataDir: string };
  auth: AuthOptions;
  /** Strict-Transport-Security max-age; unset: no HSTS header (plain HTTP). */
  hstsMaxAgeSeconds?: number;
  /** True when tokens are checked against the built-in development secret. */
  usesDevelopmentSecret: boolean;
  /**
   * Each municipality's organisation number (kommunenummer → organisasjonsnummer): the
   * municipality as a recipient of information, e.g. its contact-tracing team.
   */
  municipalityOrganisations: Readonly<Record<string, string>>;
  /** Express `trust proxy` (TRUST_PROXY); false when unset. */
  trustProxy: boolean | number | string;
  /** Per-caller limits, counted in PostgreSQL so that they hold across processes. */
  rateLimits: { clientSearch: RateLimitSetting; application: RateLimitSetting };
  /** Expiry of idempotency records and how often each process purges expired records. */
  retention: { idempotencyTtlMs: number; purgeIntervalMs: number };
  /**
   * How often this process links committed audit rows into their municipality's hash chain
   * (0: never; another process or `npm run audit:verify` must then do it).
   */
  auditChainLinkIntervalMs: number;
  /** Structured logs; `format` unset: pretty on a terminal outside production, else JSON. */
  logging: { level: LogLevel; format?: 'json' | 'pretty' };
  /** Unset: `/metrics` is not served. */
  metricsToken?: string;
  /** How long readiness reports 503 before a stopping API closes its port. */
  shutdownDrainMs: number;
}

export type LogLevel = NonNullable<Environment['LOG_LEVEL']>;

export interface RateLimitSetting {
  limit: number;
  ttlMs: number;
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
  const secret = vars.AUTH_JWKS_URL ? undefined : (vars.AUTH_JWT_SECRET ?? DEVELOPMENT_JWT_SECRET);
  const host = vars.HOST ?? '127.0.0.1';
  // Anyone can sign tokens with the published development secret: only for an API nobody else can reach.
  if (secret === DEVELOPMENT_JWT_SECRET && (production || !isLoopback(host))) {
    problems.push(
      `the built-in development secret is refused ${production ? 'in production' : `on HOST ${host} (not loopback)`}: set AUTH_JWKS_URL or your own AUTH_JWT_SECRET`,
    );
  }
  if (problems.length > 0) throw new ConfigError([...new Set(problems)].join('; '));

  return {
    production,
    port: vars.PORT ?? 3000,
    host,
    databaseUrl: vars.DATABASE_URL,
    databaseRuntimeUrl: vars.DATABASE_RUNTIME_URL,
    databasePoolSize: vars.DATABASE_POOL_SIZE ?? 10,
    embedded: {
      port: vars.EMBEDDED_PG_PORT ?? 54329,
      dataDir: resolve(vars.EMBEDDED_PG_DIR ?? '.data/postgres'),
    },
    auth: {
      jwksUrl: vars.AUTH_JWKS_URL,
      secret,
      issuer: vars.AUTH_ISSUER,
      audience: vars.AUTH_AUDIENCE,
      maxTokenLifetimeSeconds: vars.AUTH_MAX_TOKEN_LIFETIME,
      clockSkewSeconds: vars.AUTH_CLOCK_SKEW,
    },
    hstsMaxAgeSeconds: vars.HSTS_MAX_AGE,
    usesDevelopmentSecret: secret === DEVELOPMENT_JWT_SECRET,
    municipalityOrganisations,
    trustProxy: parseTrustProxy(vars.TRUST_PROXY),
    rateLimits: {
      clientSearch: {
        limit: vars.CLIENT_SEARCH_RATE_LIMIT ?? 120,
        ttlMs: (vars.CLIENT_SEARCH_RATE_WINDOW_SECONDS ?? 60) * 1000,
      },
      application: {
        limit: vars.APPLICATION_RATE_LIMIT ?? 20,
        ttlMs: (vars.APPLICATION_RATE_WINDOW_SECONDS ?? 3600) * 1000,
      },
    },
    retention: {
      idempotencyTtlMs: (vars.IDEMPOTENCY_TTL_SECONDS ?? 24 * 60 * 60) * 1000,
      purgeIntervalMs: (vars.EXPIRY_PURGE_INTERVAL_SECONDS ?? 600) * 1000,
    },
    auditChainLinkIntervalMs: Math.round((vars.AUDIT_CHAIN_LINK_INTERVAL_SECONDS ?? 1) * 1000),
    logging: {
      level: vars.LOG_LEVEL ?? (vars.NODE_ENV === 'test' ? 'silent' : 'info'),
      format: vars.LOG_FORMAT,
    },
    metricsToken: vars.METRICS_TOKEN,
    shutdownDrainMs: (vars.SHUTDOWN_DRAIN_SECONDS ?? 0) * 1000,
  };
}

/** `true`/`false`, a hop count, or the proxies' addresses as Express takes them. */
function parseTrustProxy(value: string | undefined): boolean | number | string {
  if (value === undefined || value === 'false') return false;
  if (value === 'true') return true;
  return /^\d+$/.test(value) ? Number(value) : value;
}

/** 127.0.0.0/8, ::1 and localhost: the API is reachable from this machine only. */
export function isLoopback(host: string): boolean {
  return (
    host === 'localhost' || host === '::1' || host === '[::1]' || /^127(\.\d{1,3}){3}$/.test(host)
  );
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

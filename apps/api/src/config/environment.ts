import { Type } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';

/** The environment variables the API reads; validated at start. */
export class Environment {
  @IsOptional()
  @IsIn(['development', 'test', 'production'])
  NODE_ENV?: 'development' | 'test' | 'production';

  /** PostgreSQL to use; unset: an embedded PostgreSQL with data in EMBEDDED_PG_DIR. */
  @IsOptional()
  @IsUrl({ protocols: ['postgres', 'postgresql'], require_tld: false, require_protocol: true })
  DATABASE_URL?: string;

  /**
   * How the API connects for its work: a login that is (or is a member of) the non-owner
   * runtime role `lavterskel_app`. Unset outside production: DATABASE_URL's server as
   * `lavterskel_app`, with a password derived from DATABASE_URL that start-up sets.
   */
  @IsOptional()
  @IsUrl({ protocols: ['postgres', 'postgresql'], require_tld: false, require_protocol: true })
  DATABASE_RUNTIME_URL?: string;

  /** Connections in the API's pool (default 10); PostgreSQL's max_connections bounds the sum over processes. */
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  DATABASE_POOL_SIZE?: number;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT?: number;

  @IsOptional()
  @IsString()
  HOST?: string;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1024)
  @Max(65535)
  EMBEDDED_PG_PORT?: number;

  @IsOptional()
  @IsString()
  EMBEDDED_PG_DIR?: string;

  @IsOptional()
  @IsUrl({ protocols: ['https', 'http'], require_tld: false })
  AUTH_JWKS_URL?: string;

  @IsOptional()
  @IsString()
  @MinLength(32)
  @MaxLength(512)
  AUTH_JWT_SECRET?: string;

  @IsOptional()
  @IsString()
  AUTH_ISSUER?: string;

  @IsOptional()
  @IsString()
  AUTH_AUDIENCE?: string;

  /** Longest access-token lifetime accepted, in seconds (default 12 hours). */
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(60)
  @Max(7 * 24 * 60 * 60)
  AUTH_MAX_TOKEN_LIFETIME?: number;

  /** Clock difference tolerated on token times, in seconds (default 60). */
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(300)
  AUTH_CLOCK_SKEW?: number;

  /** Strict-Transport-Security max-age in seconds: set when clients reach the API over TLS. */
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(2 * 365 * 24 * 60 * 60)
  HSTS_MAX_AGE?: number;

  /** Each municipality's organisation number, e.g. `4003=938583986,0301=974760673`. */
  @IsOptional()
  @Matches(/^\d{4}=\d{9}(,\d{4}=\d{9})*$/, {
    message:
      'MUNICIPALITY_ORGANISATION_NUMBERS must be a comma-separated list of kommunenummer=organisation number',
  })
  MUNICIPALITY_ORGANISATION_NUMBERS?: string;

  /**
   * Express `trust proxy`: `true`, `false`, a hop count, or addresses/subnets of the proxies
   * (e.g. `loopback,10.0.0.0/8`). Set it behind a load balancer so that IP limits see the client.
   */
  @IsOptional()
  @Matches(/^(true|false|\d{1,2}|[0-9A-Za-z.:/]+(,[0-9A-Za-z.:/]+)*)$/, {
    message: 'TRUST_PROXY must be true, false, a hop count or a comma-separated list of addresses',
  })
  TRUST_PROXY?: string;

  /** Client searches and national-id lookups per token subject per window (default 120). */
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  CLIENT_SEARCH_RATE_LIMIT?: number;

  /** The search limit's window in seconds (default 60). */
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  CLIENT_SEARCH_RATE_WINDOW_SECONDS?: number;

  /** Public simple applications per client IP address per window (default 20). */
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  APPLICATION_RATE_LIMIT?: number;

  /** The application limit's window in seconds (default 3600). */
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  APPLICATION_RATE_WINDOW_SECONDS?: number;

  /** How long an Idempotency-Key replays its first answer, in seconds (default 86400). */
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(60)
  IDEMPOTENCY_TTL_SECONDS?: number;

  /** Seconds between purges of expired idempotency records and rate-limit windows; 0 = off (default 600). */
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  EXPIRY_PURGE_INTERVAL_SECONDS?: number;

  /** Seconds between runs of the audit hash-chain linker in this process; 0 = off (default 1). */
  @IsOptional()
  @Type(() => Number)
  @IsNumber({ maxDecimalPlaces: 3 })
  @Min(0)
  @Max(3600)
  AUDIT_CHAIN_LINK_INTERVAL_SECONDS?: number;

  /** Least severe log level written (default `info`; `silent` in tests). */
  @IsOptional()
  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL?: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

  /** `json` (one object a line) or `pretty`; unset: pretty on a terminal outside production. */
  @IsOptional()
  @IsIn(['json', 'pretty'])
  LOG_FORMAT?: 'json' | 'pretty';

  /** Bearer token that Prometheus sends to `/metrics`; unset: no `/metrics`. */
  @IsOptional()
  @IsString()
  @MinLength(32)
  @MaxLength(512)
  METRICS_TOKEN?: string;

  /** Seconds `/health/ready` answers 503 before a stopping API closes its port (default 0). */
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(120)
  SHUTDOWN_DRAIN_SECONDS?: number;
}

import { Type } from 'class-transformer';
import {
  IsIn,
  IsInt,
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

  /** Each municipality's organisation number, e.g. `4003=938583986,0301=974760673`. */
  @IsOptional()
  @Matches(/^\d{4}=\d{9}(,\d{4}=\d{9})*$/, {
    message:
      'MUNICIPALITY_ORGANISATION_NUMBERS must be a comma-separated list of kommunenummer=organisation number',
  })
  MUNICIPALITY_ORGANISATION_NUMBERS?: string;
}

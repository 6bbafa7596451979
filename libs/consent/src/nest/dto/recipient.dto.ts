import { ApiProperty, ApiPropertyOptional, getSchemaPath } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import {
  RECIPIENT_TYPES,
  type Recipient,
  type RecipientInput,
  type RecipientType,
} from '../../domain/recipient';

const NAME = {
  description: 'Who it is, for people to read (never used to decide). Required on consents.',
  maxLength: 200,
};
const ORGANISATION_NUMBER = {
  description: 'Norwegian organisation number (9 digits, mod-11 check digit).',
  pattern: '^\\d{9}$',
  example: '889640782',
};

/** OpenAPI schema of the `organisation` variant: anyone in the organisation. */
export class OrganisationRecipientDto {
  @ApiProperty({
    enum: ['organisation'],
    description: 'The kind of recipient.',
    example: 'organisation',
  })
  type!: 'organisation';

  @ApiProperty(ORGANISATION_NUMBER)
  organisationNumber!: string;

  @ApiPropertyOptional({ ...NAME, example: 'NAV Skien' })
  name?: string;
}

/** OpenAPI schema of the `role` variant: one role in an organisation. */
export class RoleRecipientDto {
  @ApiProperty({ enum: ['role'], description: 'The kind of recipient.', example: 'role' })
  type!: 'role';

  @ApiProperty(ORGANISATION_NUMBER)
  organisationNumber!: string;

  @ApiProperty({
    description: 'The role within the organisation, a lower-case code.',
    pattern: '^[a-z0-9][a-z0-9-]{0,63}$',
    example: 'lar-doctor',
  })
  role!: string;

  @ApiPropertyOptional({ ...NAME, example: 'LAR-lege, DPS Skien' })
  name?: string;
}

/** OpenAPI schema of the `person` variant: a named person such as a relative. */
export class PersonRecipientDto {
  @ApiProperty({ enum: ['person'], description: 'The kind of recipient.', example: 'person' })
  type!: 'person';

  @ApiProperty({
    description: "The person's id, e.g. the relative's id in the client registry.",
    format: 'uuid',
    example: '0f9a3c4e-5b6d-4e7f-8a9b-0c1d2e3f4a5b',
  })
  personId!: string;

  @ApiPropertyOptional({ ...NAME, example: 'Kari Nordmann' })
  name?: string;

  @ApiPropertyOptional({
    description: "The person's relation to the client.",
    maxLength: 100,
    example: 'mother',
  })
  relationship?: string;
}

/** The recipient variants, to register with `@ApiExtraModels` on a controller that uses them. */
export const RECIPIENT_VARIANTS = [OrganisationRecipientDto, RoleRecipientDto, PersonRecipientDto];

const RECIPIENT_EXAMPLE = {
  type: 'organisation',
  organisationNumber: '889640782',
  name: 'NAV Skien',
};

/** A recipient in OpenAPI: one of the variants, told apart by `type`. */
export const RECIPIENT_SCHEMA = {
  oneOf: RECIPIENT_VARIANTS.map((variant) => ({ $ref: getSchemaPath(variant) })),
  discriminator: {
    propertyName: 'type',
    mapping: {
      organisation: getSchemaPath(OrganisationRecipientDto),
      role: getSchemaPath(RoleRecipientDto),
      person: getSchemaPath(PersonRecipientDto),
    },
  },
};

/** Documents a recipient property (or a list of them, `isArray`) as {@link RECIPIENT_SCHEMA}. */
export function ApiRecipientProperty(options: {
  description: string;
  isArray?: boolean;
}): PropertyDecorator {
  return ApiProperty(
    options.isArray
      ? {
          description: options.description,
          type: 'array',
          items: RECIPIENT_SCHEMA,
          example: [RECIPIENT_EXAMPLE],
        }
      : { description: options.description, ...RECIPIENT_SCHEMA, example: RECIPIENT_EXAMPLE },
  );
}

/**
 * A recipient in requests and responses; which fields apply depends on `type`. Validated here
 * field by field and as a whole by the domain (`parseRecipient`); documented as
 * {@link RECIPIENT_SCHEMA}.
 */
export class RecipientDto implements RecipientInput {
  @ApiProperty({
    enum: RECIPIENT_TYPES,
    description:
      '`organisation`: anyone in it; `role`: one role in an organisation; `person`: a named person such as a relative.',
    example: 'organisation',
  })
  @IsIn(RECIPIENT_TYPES)
  type!: RecipientType;

  @ApiPropertyOptional({
    description:
      'Norwegian organisation number (9 digits, mod-11 check digit); for `organisation` and `role`.',
    example: '889640782',
  })
  @IsOptional()
  @Matches(/^\d{9}$/, { message: 'organisationNumber must be 9 digits' })
  organisationNumber?: string;

  @ApiPropertyOptional({
    description: 'The role within the organisation, a lower-case code; for `role`.',
    example: 'lar-doctor',
  })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  role?: string;

  @ApiPropertyOptional({
    description: "The person's id, e.g. the relative's id in the client registry; for `person`.",
    format: 'uuid',
    example: '0f9a3c4e-5b6d-4e7f-8a9b-0c1d2e3f4a5b',
  })
  @IsOptional()
  @IsUUID()
  personId?: string;

  @ApiPropertyOptional({
    description: 'Who it is, for people to read (never used to decide). Required on consents.',
    example: 'NAV Skien',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  name?: string;

  @ApiPropertyOptional({
    description: "The person's relation to the client; for `person`.",
    example: 'mother',
  })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  relationship?: string;

  static from(recipient: Recipient): RecipientDto {
    return { ...recipient };
  }
}

import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import {
  CONTACT_CHANNEL_KINDS,
  type ContactChannel,
  type ContactChannelKind,
} from '../../../domain/client/client';
import { MAX_CONTACT_VALUE_LENGTH } from '../../../domain/client/client-details';

/** One way to reach the client (request and response). */
export class ContactChannelDto {
  @ApiProperty({
    description: 'What kind of channel.',
    enum: CONTACT_CHANNEL_KINDS,
    example: 'mobile',
  })
  @IsIn(CONTACT_CHANNEL_KINDS)
  kind!: ContactChannelKind;

  @ApiProperty({
    description: 'The number, address or place.',
    maxLength: MAX_CONTACT_VALUE_LENGTH,
    example: '+47 912 34 567',
  })
  @IsString()
  @MaxLength(MAX_CONTACT_VALUE_LENGTH)
  value!: string;

  @ApiProperty({
    type: String,
    description: 'When or how to use it.',
    nullable: true,
    required: false,
    maxLength: MAX_CONTACT_VALUE_LENGTH,
    example: 'Answers after 12',
  })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_CONTACT_VALUE_LENGTH)
  note?: string | null;

  static from(channel: ContactChannel): ContactChannelDto {
    return { kind: channel.kind, value: channel.value, note: channel.note };
  }

  static toDomain(dto: ContactChannelDto): ContactChannel {
    return { kind: dto.kind, value: dto.value, note: dto.note ?? null };
  }
}

import { ApiProperty } from '@nestjs/swagger';
import { IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { PageOf } from '@lavterskel/kernel/nest';
import { MIN_SECRET_LENGTH, type WebhookEndpoint } from '../../../domain/notices/webhook-endpoint';

export class RegisterWebhookEndpointRequestDto {
  @ApiProperty({
    description: 'The partner organisation (services library) whose system receives notices.',
    format: 'uuid',
    example: '7c6b5a49-3827-4615-a4b3-c2d1e0f9a8b7',
  })
  @IsUUID()
  partnerId!: string;

  @ApiProperty({
    description: 'Absolute http(s) URL that receives a signed JSON POST per notice.',
    example: 'https://varsler.bymisjonen.example/lavterskel/notices',
  })
  @IsString()
  @MaxLength(2000)
  url!: string;

  @ApiProperty({
    description: `Shared secret for the HMAC-SHA256 signature (at least ${MIN_SECRET_LENGTH} characters); never shown again.`,
    example: 'x7Jq2vR9mK4pL8wN3sT6yB1cZ5hD0fGa',
  })
  @IsString()
  @MinLength(MIN_SECRET_LENGTH)
  @MaxLength(200)
  secret!: string;
}

export class WebhookEndpointDto {
  @ApiProperty({
    description: 'Endpoint id.',
    format: 'uuid',
    example: 'b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e',
  })
  id!: string;

  @ApiProperty({
    description: 'The partner organisation.',
    format: 'uuid',
    example: '7c6b5a49-3827-4615-a4b3-c2d1e0f9a8b7',
  })
  partnerId!: string;

  @ApiProperty({
    description: 'Where notices are posted.',
    example: 'https://varsler.bymisjonen.example/lavterskel/notices',
  })
  url!: string;

  @ApiProperty({ description: 'Whether new notices are delivered here.', example: true })
  active!: boolean;

  @ApiProperty({ description: 'Who registered it.', example: 'coordinator-kari' })
  createdBy!: string;

  @ApiProperty({ description: 'When.', format: 'date-time', example: '2026-11-23T09:00:00.000Z' })
  createdAt!: string;

  /** The secret is left out on purpose. */
  static from(endpoint: WebhookEndpoint): WebhookEndpointDto {
    return {
      id: endpoint.id,
      partnerId: endpoint.partnerId,
      url: endpoint.url,
      active: endpoint.active,
      createdBy: endpoint.createdBy,
      createdAt: endpoint.createdAt.toISOString(),
    };
  }
}

export class WebhookEndpointPageDto extends PageOf(WebhookEndpointDto) {}

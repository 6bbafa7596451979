import { ApiProperty } from '@nestjs/swagger';
import { PageOf } from '@lavterskel/kernel/nest';
import {
  SERVICE_MODES,
  type ServiceMode,
  type ServiceModeChange,
} from '../../../domain/catalogue/service';
import type { ServiceModeChangeResult } from '../../../domain/catalogue/change-service-mode.use-case';
import { ServiceDto } from './service.response.dto';

export class ServiceModeChangeDto {
  @ApiProperty({
    description: 'History entry id.',
    format: 'uuid',
    example: '0d9e1c2b-3a4f-4e5d-8c7b-6a5f4e3d2c1b',
  })
  id!: string;

  @ApiProperty({
    description: 'The service.',
    format: 'uuid',
    example: '8f14e45f-ceea-4e7a-9c3b-2f1d0a6b7c81',
  })
  serviceId!: string;

  @ApiProperty({ description: 'Mode before the change.', enum: SERVICE_MODES, example: 'open' })
  fromMode!: ServiceMode;

  @ApiProperty({
    description: 'Mode after the change.',
    enum: SERVICE_MODES,
    example: 'outdoor-only',
  })
  toMode!: ServiceMode;

  @ApiProperty({
    description: 'Why.',
    example: 'Infection control: national guideline of 12 March, groups outdoors only',
  })
  reason!: string;

  @ApiProperty({ description: 'Who changed it (token subject).', example: 'coordinator-kari' })
  changedBy!: string;

  @ApiProperty({ description: 'When.', example: '2026-11-23T09:15:00.000Z' })
  changedAt!: string;

  static from(change: ServiceModeChange): ServiceModeChangeDto {
    return {
      id: change.id,
      serviceId: change.serviceId,
      fromMode: change.fromMode,
      toMode: change.toMode,
      reason: change.reason,
      changedBy: change.changedBy,
      changedAt: change.changedAt.toISOString(),
    };
  }
}

export class ServiceModeChangePageDto extends PageOf(ServiceModeChangeDto) {}

export class ServiceModeChangeResultDto {
  @ApiProperty({ description: 'The service after the change.', type: ServiceDto })
  service!: ServiceDto;

  @ApiProperty({
    description: 'The history entry written; null when the service already ran in that mode.',
    type: ServiceModeChangeDto,
    nullable: true,
  })
  change!: ServiceModeChangeDto | null;

  static from(result: ServiceModeChangeResult): ServiceModeChangeResultDto {
    return {
      service: ServiceDto.from(result.service),
      change: result.change && ServiceModeChangeDto.from(result.change),
    };
  }
}

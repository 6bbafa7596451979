import { ApiProperty } from '@nestjs/swagger';
import { PageOf } from '@lavterskel/kernel/nest';
import {
  SERVICE_CATEGORIES,
  SERVICE_MODES,
  type Service,
  type ServiceCategory,
  type ServiceMode,
} from '../../../domain/catalogue/service';
import { OpeningHoursDto } from './opening-hours.dto';
import { ServiceLocationDto } from './service-location.dto';

export class ServiceDto {
  @ApiProperty({
    description: 'Service id.',
    format: 'uuid',
    example: '8f14e45f-ceea-4e7a-9c3b-2f1d0a6b7c81',
  })
  id!: string;

  @ApiProperty({
    description: 'The team that runs it.',
    format: 'uuid',
    example: '2b0c7e4a-5d1f-4c3b-9a8e-1f2d3c4b5a69',
  })
  teamId!: string;

  @ApiProperty({ description: 'Name.', example: 'LAR-utdeling' })
  name!: string;

  @ApiProperty({
    description: 'Step in the chain of help.',
    enum: SERVICE_CATEGORIES,
    example: 'low-threshold',
  })
  category!: ServiceCategory;

  @ApiProperty({ description: 'Where it is.', type: ServiceLocationDto })
  location!: ServiceLocationDto;

  @ApiProperty({ description: 'Weekly opening hours.', type: [OpeningHoursDto] })
  openingHours!: OpeningHoursDto[];

  @ApiProperty({
    description: 'People served at once; null for no limit.',
    example: 5,
    nullable: true,
    type: Number,
  })
  capacity!: number | null;

  @ApiProperty({ description: 'Must keep running in any crisis.', example: true })
  critical!: boolean;

  @ApiProperty({
    description: 'Competencies staff need to work here.',
    example: ['lar-dispensing'],
    type: [String],
  })
  requiredCompetencies!: string[];

  @ApiProperty({
    description: 'How the service runs now; changed only through the mode operation.',
    enum: SERVICE_MODES,
    example: 'open',
  })
  mode!: ServiceMode;

  @ApiProperty({
    description: 'When the mode last changed; null if never.',
    example: '2026-11-23T09:15:00.000Z',
    nullable: true,
    type: String,
  })
  modeChangedAt!: string | null;

  @ApiProperty({
    description: 'Record version; send it back as If-Match (the ETag) to change the service.',
    example: 1,
  })
  version!: number;

  @ApiProperty({ description: 'When the service was added.', example: '2026-11-01T08:00:00.000Z' })
  createdAt!: string;

  @ApiProperty({
    description: 'When the service last changed.',
    example: '2026-11-23T09:15:00.000Z',
  })
  updatedAt!: string;

  static from(service: Service): ServiceDto {
    return {
      id: service.id,
      teamId: service.teamId,
      name: service.name,
      category: service.category,
      location: { name: service.location.name, address: service.location.address },
      openingHours: service.openingHours.map(({ weekday, opens, closes }) => ({
        weekday,
        opens,
        closes,
      })),
      capacity: service.capacity,
      critical: service.critical,
      requiredCompetencies: [...service.requiredCompetencies],
      mode: service.mode,
      modeChangedAt: service.modeChangedAt?.toISOString() ?? null,
      version: service.version,
      createdAt: service.createdAt.toISOString(),
      updatedAt: service.updatedAt.toISOString(),
    };
  }
}

export class ServicePageDto extends PageOf(ServiceDto) {}

import { ApiProperty } from '@nestjs/swagger';
import { SERVICE_MODES, type ServiceMode } from '../../../domain/catalogue/service';
import type {
  AvailableStaffMember,
  ServiceStaffing,
} from '../../../domain/staff/find-available-staff.use-case';
import { IsCalendarDate } from '../../shared/validators';

export class StaffingQueryDto {
  @ApiProperty({ description: 'The day (Oslo).', example: '2026-11-23' })
  @IsCalendarDate()
  date!: string;
}

export class AvailableStaffMemberDto {
  @ApiProperty({
    description: 'Staff member id.',
    format: 'uuid',
    example: '5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d',
  })
  staffId!: string;

  @ApiProperty({ description: 'Name.', example: 'Anne Hansen' })
  name!: string;

  @ApiProperty({
    description: 'Works in the team that runs the service; false for a trained back-up.',
    example: true,
  })
  memberOfServiceTeam!: boolean;

  @ApiProperty({
    description: 'Competencies valid that day.',
    example: ['field-nursing', 'lar-dispensing'],
    type: [String],
  })
  competencies!: string[];

  static from(member: AvailableStaffMember): AvailableStaffMemberDto {
    return { ...member, competencies: [...member.competencies] };
  }
}

export class StaffedServiceDto {
  @ApiProperty({
    description: 'Service id.',
    format: 'uuid',
    example: '8f14e45f-ceea-4e7a-9c3b-2f1d0a6b7c81',
  })
  id!: string;

  @ApiProperty({ description: 'Name.', example: 'LAR-utdeling' })
  name!: string;

  @ApiProperty({ description: 'Must keep running in any crisis.', example: true })
  critical!: boolean;

  @ApiProperty({
    description: 'Competencies staff need.',
    example: ['lar-dispensing'],
    type: [String],
  })
  requiredCompetencies!: string[];

  @ApiProperty({ description: 'Current mode.', enum: SERVICE_MODES, example: 'open' })
  mode!: ServiceMode;
}

export class ServiceStaffingDto {
  @ApiProperty({ description: 'The service asked about.', type: StaffedServiceDto })
  service!: StaffedServiceDto;

  @ApiProperty({ description: 'The day (Oslo).', example: '2026-11-23' })
  date!: string;

  @ApiProperty({
    description: 'Trained and available staff: the service team first, then back-ups, by name.',
    type: [AvailableStaffMemberDto],
  })
  available!: AvailableStaffMemberDto[];

  static from(staffing: ServiceStaffing): ServiceStaffingDto {
    return {
      service: {
        ...staffing.service,
        requiredCompetencies: [...staffing.service.requiredCompetencies],
      },
      date: staffing.date,
      available: staffing.available.map(AvailableStaffMemberDto.from),
    };
  }
}

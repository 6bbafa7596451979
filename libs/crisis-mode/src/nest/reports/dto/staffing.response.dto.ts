import { ApiProperty } from '@nestjs/swagger';
import type { StaffingReport } from '../../../domain/staffing/get-staffing-report.use-case';
import type {
  ServiceStaffing,
  StaffOnLine,
  StaffingLine,
} from '../../../domain/staffing/staffing-lines';
import { SERVICE_MODES, type ServiceMode } from '../../../domain/shared/vocabulary';
import { ReportBasisDto } from './report-basis.dto';

const STAFF_ID = {
  description: 'Staff member id (services library).',
  format: 'uuid',
  example: '5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d',
};

export class StaffCandidateDto {
  @ApiProperty(STAFF_ID)
  staffId!: string;

  @ApiProperty({ description: 'Name.', example: 'Kari Nordmann' })
  name!: string;
}

export class StaffOnLineDto extends StaffCandidateDto {
  @ApiProperty({
    description: "`team`: works in the service's team; `backup`: assigned back-up for the day.",
    enum: ['team', 'backup'],
    example: 'team',
  })
  via!: 'team' | 'backup';

  @ApiProperty({
    description: 'The back-up assignment that counts them; null for team members.',
    type: String,
    format: 'uuid',
    nullable: true,
    example: null,
  })
  assignmentId!: string | null;

  static from(staff: StaffOnLine): StaffOnLineDto {
    const { staffId, name, via, assignmentId } = staff;
    return { staffId, name, via, assignmentId };
  }
}

export class StaffingLineDto {
  @ApiProperty({
    description: 'The competency; null when the service requires none and its own team staffs it.',
    type: String,
    nullable: true,
    example: 'lar-dispensing',
  })
  competency!: string | null;

  @ApiProperty({
    description: "The level's minimum; 1 without a crisis or without a minimum for it.",
    example: 2,
  })
  minimum!: number;

  @ApiProperty({ description: 'How many count.', example: 1 })
  availableCount!: number;

  @ApiProperty({
    type: [StaffOnLineDto],
    description: 'Trained staff available that day: team members, then assigned back-ups.',
  })
  available!: StaffOnLineDto[];

  @ApiProperty({ description: 'Staff missing: max(0, minimum − available).', example: 1 })
  gap!: number;

  @ApiProperty({
    type: [StaffCandidateDto],
    description:
      'Available staff with the competency who do not count yet: who could be assigned as back-up (at most 10, by name).',
  })
  candidates!: StaffCandidateDto[];

  @ApiProperty({ description: 'How many candidates there are in all.', example: 3 })
  candidateCount!: number;

  static from(line: StaffingLine): StaffingLineDto {
    return {
      competency: line.competency,
      minimum: line.minimum,
      availableCount: line.available.length,
      available: line.available.map(StaffOnLineDto.from),
      gap: line.gap,
      candidates: line.candidates.map(({ staffId, name }) => ({ staffId, name })),
      candidateCount: line.candidateCount,
    };
  }
}

export class CrisisStaffedServiceDto {
  @ApiProperty({
    description: 'Service id.',
    format: 'uuid',
    example: '8f14e45f-ceea-4e7a-9c3b-2f1d0a6b7c81',
  })
  id!: string;

  @ApiProperty({ description: 'Name.', example: 'LAR-utdeling' })
  name!: string;

  @ApiProperty({
    description: 'The team that runs it.',
    format: 'uuid',
    example: '2b0c7e4a-5d1f-4c3b-9a8e-1f2d3c4b5a69',
  })
  teamId!: string;

  @ApiProperty({ description: 'Mode now.', enum: SERVICE_MODES, example: 'reduced' })
  mode!: ServiceMode;
}

export class CriticalServiceStaffingDto {
  @ApiProperty({ description: 'The critical service.', type: CrisisStaffedServiceDto })
  service!: CrisisStaffedServiceDto;

  @ApiProperty({ type: [StaffingLineDto], description: 'One line per competency.' })
  lines!: StaffingLineDto[];

  @ApiProperty({ description: 'Staff missing over its lines.', example: 1 })
  gap!: number;

  static from(staffing: ServiceStaffing): CriticalServiceStaffingDto {
    const { id, name, teamId, mode } = staffing.service;
    return {
      service: { id, name, teamId, mode },
      lines: staffing.lines.map(StaffingLineDto.from),
      gap: staffing.gap,
    };
  }
}

/** CR-5 for the whole municipality. */
export class StaffingReportDto {
  @ApiProperty({ description: 'The Oslo day reported on.', example: '2026-11-23' })
  on!: string;

  @ApiProperty({ description: 'The level whose minimums apply.', type: ReportBasisDto })
  basis!: ReportBasisDto;

  @ApiProperty({
    type: [CriticalServiceStaffingDto],
    description: 'Every critical service, by name.',
  })
  services!: CriticalServiceStaffingDto[];

  @ApiProperty({ description: 'Staff missing over every critical service.', example: 1 })
  totalGap!: number;

  @ApiProperty({ description: 'Critical services with a gap.', example: 1 })
  servicesWithGaps!: number;

  static from(report: StaffingReport): StaffingReportDto {
    return {
      on: report.on,
      basis: ReportBasisDto.from(report.basis),
      services: report.services.map(CriticalServiceStaffingDto.from),
      totalGap: report.totalGap,
      servicesWithGaps: report.servicesWithGaps,
    };
  }
}

import { ApiProperty } from '@nestjs/swagger';
import { PageOf } from '@lavterskel/kernel/nest';
import {
  APPLICATION_STATUSES,
  CLOSURE_REASONS,
  minutesToFirstContact,
  type Application,
  type ApplicationStatus,
  type ClosureReason,
} from '../../../domain/application/application';
import { UrgencyAnswersDto } from './urgency-answers.dto';

/** Staff's urgency assessment (§10-3 pregnancy, §10-2 coercion). */
export class TriageDto {
  @ApiProperty({ description: 'Acute need for detoxification.', example: false })
  acuteDetox!: boolean;

  @ApiProperty({ description: 'Pregnancy (§10-3).', example: true })
  pregnancy!: boolean;

  @ApiProperty({ description: 'Coercion must be assessed (§10-2).', example: false })
  coercionAssessment!: boolean;

  @ApiProperty({
    description: 'Staff’s note.',
    nullable: true,
    type: String,
    example: 'Called back; due in March',
  })
  note!: string | null;

  @ApiProperty({ description: 'Who triaged.', example: 'nurse-anne' })
  triagedBy!: string;

  @ApiProperty({ description: 'When.', example: '2026-11-23T09:40:00.000Z' })
  triagedAt!: string;
}

export class ClosureDto {
  @ApiProperty({
    description: 'Why the application closed without a client.',
    enum: CLOSURE_REASONS,
    example: 'unreachable',
  })
  reason!: ClosureReason;

  @ApiProperty({ description: 'Who closed it.', example: 'nurse-anne' })
  closedBy!: string;

  @ApiProperty({ description: 'When.', example: '2026-11-30T12:00:00.000Z' })
  closedAt!: string;
}

/** CL-2: an application as staff see it. Its `version` is the ETag for triage and closure. */
export class ApplicationDto {
  @ApiProperty({
    description: 'The application’s id (the applicant’s receipt id).',
    format: 'uuid',
    example: '6f1d0e7c-9b21-4a8e-9a3f-5f0c2d7e2b1c',
  })
  id!: string;

  @ApiProperty({ description: 'When it arrived.', example: '2026-11-23T09:15:00.000Z' })
  receivedAt!: string;

  @ApiProperty({ description: 'Name or alias.', example: 'Tom' })
  name!: string;

  @ApiProperty({ description: 'Phone.', nullable: true, type: String, example: '+47 900 00 000' })
  phone!: string | null;

  @ApiProperty({ description: 'Where to meet.', nullable: true, type: String, example: null })
  meetingPlace!: string | null;

  @ApiProperty({
    description: 'What the applicant wants help with.',
    example: 'Jeg vil slutte å ruse meg.',
  })
  helpWanted!: string;

  @ApiProperty({ description: 'Preferred language.', nullable: true, type: String, example: 'nb' })
  preferredLanguage!: string | null;

  @ApiProperty({ description: 'The applicant’s urgency answers.', type: UrgencyAnswersDto })
  answers!: UrgencyAnswersDto;

  @ApiProperty({
    description: 'Where the application is.',
    enum: APPLICATION_STATUSES,
    example: 'triaged',
  })
  status!: ApplicationStatus;

  @ApiProperty({
    description: 'Urgent: by staff’s triage once made, by the applicant’s answers until then.',
    example: true,
  })
  urgent!: boolean;

  @ApiProperty({ description: 'Staff’s triage.', type: TriageDto, nullable: true })
  triage!: TriageDto | null;

  @ApiProperty({
    description: 'The client it became.',
    nullable: true,
    type: String,
    format: 'uuid',
    example: null,
  })
  clientId!: string | null;

  @ApiProperty({
    description: 'When the intake conversation reached the applicant.',
    nullable: true,
    type: String,
    example: null,
  })
  firstContactAt!: string | null;

  @ApiProperty({
    description: 'Minutes from application to first contact.',
    nullable: true,
    type: Number,
    example: 95,
  })
  minutesToFirstContact!: number | null;

  @ApiProperty({ description: 'Why it closed without a client.', type: ClosureDto, nullable: true })
  closure!: ClosureDto | null;

  @ApiProperty({ description: 'Version; the ETag is this number in quotes.', example: 2 })
  version!: number;

  static from(application: Application): ApplicationDto {
    const { triage, closure } = application;
    return {
      id: application.id,
      receivedAt: application.receivedAt.toISOString(),
      name: application.name,
      phone: application.phone,
      meetingPlace: application.meetingPlace,
      helpWanted: application.helpWanted,
      preferredLanguage: application.preferredLanguage,
      answers: UrgencyAnswersDto.from(application.answers),
      status: application.status,
      urgent: application.urgent,
      triage: triage ? { ...triage, triagedAt: triage.triagedAt.toISOString() } : null,
      clientId: application.clientId,
      firstContactAt: application.firstContactAt?.toISOString() ?? null,
      minutesToFirstContact: minutesToFirstContact(application),
      closure: closure ? { ...closure, closedAt: closure.closedAt.toISOString() } : null,
      version: application.version,
    };
  }
}

export class ApplicationPageDto extends PageOf(ApplicationDto) {}

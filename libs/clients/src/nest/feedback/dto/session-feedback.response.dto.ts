import { ApiProperty } from '@nestjs/swagger';
import {
  FEEDBACK_ALERTS,
  type FeedbackAlertCode,
  type FeedbackPoint,
  type FeedbackTrend,
} from '../../../domain/feedback/feedback-trend';
import {
  ORS_CLINICAL_CUTOFF,
  ORS_RELIABLE_DROP,
  SRS_ALLIANCE_CUTOFF,
  totalOf,
  type SessionFeedback,
} from '../../../domain/feedback/session-feedback';
import { OrsScoresDto, SrsScoresDto } from './feedback-scores.dto';

/** One session's forms, with their totals. */
export class SessionFeedbackDto {
  @ApiProperty({
    description: 'Id of the forms.',
    format: 'uuid',
    example: '7d3c2b1a-0f9e-4d8c-9b7a-6f5e4d3c2b1a',
  })
  id!: string;

  @ApiProperty({
    description: 'The client.',
    format: 'uuid',
    example: '0b6c1f0e-5a0a-4f57-9c53-3d1b0a7e6c11',
  })
  clientId!: string;

  @ApiProperty({
    description: 'The encounter (session).',
    format: 'uuid',
    example: '1f2e0c9a-1111-4a52-9d0b-5f1f2e0c9a11',
  })
  encounterId!: string;

  @ApiProperty({
    description: 'The encounter’s service; null when it named none.',
    nullable: true,
    type: String,
    format: 'uuid',
    example: '8f14e45f-ceea-4e7a-9c3b-2f1d0a6b7c81',
  })
  serviceId!: string | null;

  @ApiProperty({ description: 'When the session took place.', example: '2026-11-23T09:00:00.000Z' })
  sessionAt!: string;

  @ApiProperty({
    description: 'The ORS; null when only the SRS was given.',
    type: OrsScoresDto,
    nullable: true,
  })
  ors!: OrsScoresDto | null;

  @ApiProperty({
    description: 'ORS total, 0–40; null without an ORS.',
    type: Number,
    nullable: true,
    example: 21.6,
  })
  orsTotal!: number | null;

  @ApiProperty({
    description: 'The SRS; null when only the ORS was given.',
    type: SrsScoresDto,
    nullable: true,
  })
  srs!: SrsScoresDto | null;

  @ApiProperty({
    description: 'SRS total, 0–40; null without an SRS.',
    type: Number,
    nullable: true,
    example: 36.1,
  })
  srsTotal!: number | null;

  @ApiProperty({ description: 'Who recorded it (token subject).', example: 'nurse-anne' })
  recordedBy!: string;

  @ApiProperty({ description: 'When it was recorded.', example: '2026-11-23T10:05:00.000Z' })
  recordedAt!: string;

  static from(feedback: SessionFeedback): SessionFeedbackDto {
    return SessionFeedbackDto.fromPoint({
      feedback,
      orsTotal: feedback.ors ? totalOf(feedback.ors) : null,
      srsTotal: feedback.srs ? totalOf(feedback.srs) : null,
    });
  }

  static fromPoint(point: FeedbackPoint): SessionFeedbackDto {
    const { feedback } = point;
    return {
      id: feedback.id,
      clientId: feedback.clientId,
      encounterId: feedback.encounterId,
      serviceId: feedback.serviceId,
      sessionAt: feedback.sessionAt.toISOString(),
      ors: feedback.ors ? { ...feedback.ors } : null,
      orsTotal: point.orsTotal,
      srs: feedback.srs ? { ...feedback.srs } : null,
      srsTotal: point.srsTotal,
      recordedBy: feedback.recordedBy,
      recordedAt: feedback.recordedAt.toISOString(),
    };
  }
}

export class FeedbackAlertDto {
  @ApiProperty({
    description:
      '`ors-below-clinical-cutoff`: the latest ORS total is under 25; `ors-reliable-drop`: it is 5 or more below the first; `srs-alliance-attention`: the latest SRS total is under 36.',
    enum: FEEDBACK_ALERTS,
    example: 'ors-below-clinical-cutoff',
  })
  code!: FeedbackAlertCode;

  @ApiProperty({
    description: 'What to look at.',
    example: 'The latest ORS total 21.6 is below the clinical cut-off 25.',
  })
  message!: string;
}

export class FeedbackCutoffsDto {
  @ApiProperty({
    description: 'ORS totals below this are in the clinical range.',
    example: ORS_CLINICAL_CUTOFF,
  })
  orsClinicalCutoff!: number;

  @ApiProperty({
    description: 'A fall of this much from the first ORS is a reliable drop.',
    example: ORS_RELIABLE_DROP,
  })
  orsReliableDrop!: number;

  @ApiProperty({
    description: 'SRS totals below this ask for attention to the alliance.',
    example: SRS_ALLIANCE_CUTOFF,
  })
  srsAllianceCutoff!: number;
}

/** KOR/FIT: the client's scores over time and what needs attention now. */
export class FeedbackTrendDto {
  @ApiProperty({
    description: 'Every session with feedback, oldest first.',
    type: [SessionFeedbackDto],
  })
  sessions!: SessionFeedbackDto[];

  @ApiProperty({
    description: 'The first ORS total; null without any ORS.',
    type: Number,
    nullable: true,
    example: 19.5,
  })
  firstOrsTotal!: number | null;

  @ApiProperty({
    description: 'The latest ORS total.',
    type: Number,
    nullable: true,
    example: 21.6,
  })
  latestOrsTotal!: number | null;

  @ApiProperty({
    description: 'Latest ORS total minus the first; null with fewer than two ORS forms.',
    type: Number,
    nullable: true,
    example: 2.1,
  })
  orsChange!: number | null;

  @ApiProperty({
    description: 'The latest SRS total.',
    type: Number,
    nullable: true,
    example: 36.1,
  })
  latestSrsTotal!: number | null;

  @ApiProperty({
    description: 'What the latest forms say needs attention.',
    type: [FeedbackAlertDto],
  })
  alerts!: FeedbackAlertDto[];

  @ApiProperty({ description: 'The thresholds the alerts use.', type: FeedbackCutoffsDto })
  cutoffs!: FeedbackCutoffsDto;

  static from(trend: FeedbackTrend): FeedbackTrendDto {
    return {
      sessions: trend.points.map(SessionFeedbackDto.fromPoint),
      firstOrsTotal: trend.firstOrsTotal,
      latestOrsTotal: trend.latestOrsTotal,
      orsChange: trend.orsChange,
      latestSrsTotal: trend.latestSrsTotal,
      alerts: trend.alerts.map((alert) => ({ ...alert })),
      cutoffs: {
        orsClinicalCutoff: ORS_CLINICAL_CUTOFF,
        orsReliableDrop: ORS_RELIABLE_DROP,
        srsAllianceCutoff: SRS_ALLIANCE_CUTOFF,
      },
    };
  }
}

import type { TenantId } from '@lavterskel/kernel';
import type { EntityManagerAccessor } from '@lavterskel/kernel/typeorm';
import { feedbackExists } from '../../domain/feedback/feedback-errors';
import type { SessionFeedback } from '../../domain/feedback/session-feedback';
import type {
  ServiceFeedbackCounts,
  SessionFeedbackRepository,
} from '../../domain/feedback/session-feedback.repository';
import { osloDayEnd, osloDayStart } from '../shared/oslo-days';
import { isUniqueViolation } from '../shared/unique-violation';
import { SessionFeedbackEntity } from './session-feedback.entity';

function toRow(tenantId: TenantId, feedback: SessionFeedback): SessionFeedbackEntity {
  return {
    id: feedback.id,
    tenantId,
    clientId: feedback.clientId,
    encounterId: feedback.encounterId,
    serviceId: feedback.serviceId,
    sessionAt: feedback.sessionAt,
    orsIndividually: feedback.ors?.individually ?? null,
    orsInterpersonally: feedback.ors?.interpersonally ?? null,
    orsSocially: feedback.ors?.socially ?? null,
    orsOverall: feedback.ors?.overall ?? null,
    srsRelationship: feedback.srs?.relationship ?? null,
    srsGoalsAndTopics: feedback.srs?.goalsAndTopics ?? null,
    srsApproachOrMethod: feedback.srs?.approachOrMethod ?? null,
    srsOverall: feedback.srs?.overall ?? null,
    recordedBy: feedback.recordedBy,
    recordedAt: feedback.recordedAt,
  };
}

function toFeedback(row: SessionFeedbackEntity): SessionFeedback {
  return {
    id: row.id,
    clientId: row.clientId,
    encounterId: row.encounterId,
    serviceId: row.serviceId,
    sessionAt: row.sessionAt,
    ors:
      row.orsOverall === null
        ? null
        : {
            individually: row.orsIndividually ?? 0,
            interpersonally: row.orsInterpersonally ?? 0,
            socially: row.orsSocially ?? 0,
            overall: row.orsOverall,
          },
    srs:
      row.srsOverall === null
        ? null
        : {
            relationship: row.srsRelationship ?? 0,
            goalsAndTopics: row.srsGoalsAndTopics ?? 0,
            approachOrMethod: row.srsApproachOrMethod ?? 0,
            overall: row.srsOverall,
          },
    recordedBy: row.recordedBy,
    recordedAt: row.recordedAt,
  };
}

const ORS_TOTAL = 'f.ors_individually + f.ors_interpersonally + f.ors_socially + f.ors_overall';

/** KOR/FIT forms on PostgreSQL (schema `clients`). */
export class TypeOrmSessionFeedbackRepository implements SessionFeedbackRepository {
  constructor(private readonly manager: EntityManagerAccessor) {}

  async insert(tenantId: TenantId, feedback: SessionFeedback): Promise<void> {
    try {
      await this.manager().insert(SessionFeedbackEntity, toRow(tenantId, feedback));
    } catch (error) {
      if (isUniqueViolation(error, 'session_feedback_tenant_encounter_key')) throw feedbackExists();
      throw error;
    }
  }

  async listForClient(tenantId: TenantId, clientId: string): Promise<SessionFeedback[]> {
    const rows = await this.manager().find(SessionFeedbackEntity, {
      where: { tenantId, clientId },
      order: { sessionAt: 'ASC', id: 'ASC' },
    });
    return rows.map(toFeedback);
  }

  async countsForService(query: {
    tenantId: TenantId;
    serviceId: string;
    from?: string;
    to?: string;
  }): Promise<ServiceFeedbackCounts> {
    const [row]: { sessions: string; with_feedback: string; changes: string[] }[] =
      await this.manager().query(
        `WITH sessions AS (
           SELECT e.id, e.client_id, e.occurred_at FROM "clients"."encounter" e
            WHERE e.tenant_id = $1 AND e.service_id = $2 AND e.outcome = 'attended'
              AND ($3::date IS NULL OR e.occurred_at >= ${osloDayStart('$3')})
              AND ($4::date IS NULL OR e.occurred_at < ${osloDayEnd('$4')})
         ), forms AS (
           SELECT s.client_id, s.occurred_at, ${ORS_TOTAL} AS ors_total
             FROM sessions s JOIN "clients"."session_feedback" f
               ON f.tenant_id = $1 AND f.encounter_id = s.id
         ), ors AS (
           SELECT (array_agg(ors_total ORDER BY occurred_at DESC))[1]
                  - (array_agg(ors_total ORDER BY occurred_at))[1] AS change
             FROM forms WHERE ors_total IS NOT NULL
            GROUP BY client_id HAVING count(*) >= 2
         )
         SELECT (SELECT count(*) FROM sessions) AS sessions,
                (SELECT count(*) FROM forms) AS with_feedback,
                (SELECT coalesce(array_agg(change::text), '{}') FROM ors) AS changes`,
        [query.tenantId, query.serviceId, query.from ?? null, query.to ?? null],
      );
    return {
      sessions: Number(row?.sessions ?? 0),
      sessionsWithFeedback: Number(row?.with_feedback ?? 0),
      orsChanges: (row?.changes ?? []).map(Number),
    };
  }
}

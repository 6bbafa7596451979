import type { TenantId } from '@lavterskel/kernel';
import type {
  Application,
  ApplicationStatus,
  ClosureReason,
} from '../../domain/application/application';
import type { ApplicationEntity } from './application.entity';

export function toApplication(row: ApplicationEntity): Application {
  return {
    id: row.id,
    tenantId: row.tenantId as TenantId,
    receivedAt: row.receivedAt,
    name: row.name,
    phone: row.phone,
    meetingPlace: row.meetingPlace,
    helpWanted: row.helpWanted,
    preferredLanguage: row.preferredLanguage,
    answers: {
      acuteDetox: row.answerAcuteDetox,
      pregnant: row.answerPregnant,
      coercionConcern: row.answerCoercionConcern,
    },
    status: row.status as ApplicationStatus,
    triage:
      row.triagedBy !== null && row.triagedAt !== null
        ? {
            acuteDetox: row.triageAcuteDetox === true,
            pregnancy: row.triagePregnancy === true,
            coercionAssessment: row.triageCoercionAssessment === true,
            note: row.triageNote,
            triagedBy: row.triagedBy,
            triagedAt: row.triagedAt,
          }
        : null,
    urgent: row.urgent,
    clientId: row.clientId,
    firstContactAt: row.firstContactAt,
    closure:
      row.closureReason !== null && row.closedBy !== null && row.closedAt !== null
        ? {
            reason: row.closureReason as ClosureReason,
            closedBy: row.closedBy,
            closedAt: row.closedAt,
          }
        : null,
    version: row.version,
  };
}

/** The columns a write sets; `version` is managed by the repository. */
export function toApplicationRow(application: Application): Omit<ApplicationEntity, 'version'> {
  return {
    id: application.id,
    tenantId: application.tenantId,
    receivedAt: application.receivedAt,
    name: application.name,
    phone: application.phone,
    meetingPlace: application.meetingPlace,
    helpWanted: application.helpWanted,
    preferredLanguage: application.preferredLanguage,
    answerAcuteDetox: application.answers.acuteDetox,
    answerPregnant: application.answers.pregnant,
    answerCoercionConcern: application.answers.coercionConcern,
    status: application.status,
    urgent: application.urgent,
    triageAcuteDetox: application.triage?.acuteDetox ?? null,
    triagePregnancy: application.triage?.pregnancy ?? null,
    triageCoercionAssessment: application.triage?.coercionAssessment ?? null,
    triageNote: application.triage?.note ?? null,
    triagedBy: application.triage?.triagedBy ?? null,
    triagedAt: application.triage?.triagedAt ?? null,
    clientId: application.clientId,
    firstContactAt: application.firstContactAt,
    closureReason: application.closure?.reason ?? null,
    closedBy: application.closure?.closedBy ?? null,
    closedAt: application.closure?.closedAt ?? null,
  };
}

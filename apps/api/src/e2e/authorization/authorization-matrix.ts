/**
 * The authorization matrix (issue 10): for every operation of the API, which caller roles its
 * policy admits, and for the routes that open one client's record, the status each ownership
 * case must get. It is data on purpose: a reviewer reads who may do what here, and
 * `authorization-matrix.e2e-spec.ts` checks the running API and its OpenAPI document against
 * it. A new route without a row, or a row without a route, fails that test.
 */

/** The callers of the role dimension; `none` sends no token at all. */
export const ROLES = [
  'staff',
  'team-lead',
  'crisis-coordinator',
  'privacy-officer',
  'client',
] as const;
export type Role = (typeof ROLES)[number];

/** Open to callers without a token (health checks, the simple application form). */
export const PUBLIC = 'public';

const STAFF_OR_LEAD: readonly Role[] = ['staff', 'team-lead'];
const LEAD: readonly Role[] = ['team-lead'];
const COORDINATOR: readonly Role[] = ['crisis-coordinator'];
const COORDINATOR_OR_LEAD: readonly Role[] = ['crisis-coordinator', 'team-lead'];
const CARE_OR_COORDINATOR: readonly Role[] = ['staff', 'team-lead', 'crisis-coordinator'];
const CARE_OR_OFFICER: readonly Role[] = ['staff', 'team-lead', 'privacy-officer'];
const ANY_STAFF_ROLE: readonly Role[] = [
  'staff',
  'team-lead',
  'crisis-coordinator',
  'privacy-officer',
];
const OFFICER: readonly Role[] = ['privacy-officer'];
const OFFICER_OR_CLIENT: readonly Role[] = ['privacy-officer', 'client'];

/** `METHOD path` (as in the OpenAPI document) → the roles its policy admits. */
export const ADMITS: Readonly<Record<string, readonly Role[] | typeof PUBLIC>> = {
  'GET /health/live': PUBLIC,
  'GET /health/ready': PUBLIC,
  'GET /v1/audit-events': OFFICER,
  'GET /v1/clients/{id}/access-log': OFFICER_OR_CLIENT,
  'POST /v1/clients': STAFF_OR_LEAD,
  'GET /v1/clients': STAFF_OR_LEAD,
  'GET /v1/clients/{clientId}': STAFF_OR_LEAD,
  'PATCH /v1/clients/{clientId}': STAFF_OR_LEAD,
  'PUT /v1/clients/{clientId}/care-contacts': STAFF_OR_LEAD,
  'POST /v1/clients/{clientId}/status-changes': STAFF_OR_LEAD,
  'GET /v1/clients/{clientId}/status-history': STAFF_OR_LEAD,
  'GET /v1/clients/{clientId}/fhir': STAFF_OR_LEAD,
  'GET /v1/caseload': STAFF_OR_LEAD,
  'GET /v1/clients/{clientId}/vulnerability-flags': STAFF_OR_LEAD,
  'PUT /v1/clients/{clientId}/vulnerability-flags/{code}': STAFF_OR_LEAD,
  'DELETE /v1/clients/{clientId}/vulnerability-flags/{code}': STAFF_OR_LEAD,
  'POST /v1/applications': PUBLIC,
  'GET /v1/applications': STAFF_OR_LEAD,
  'GET /v1/applications/first-contact-report': STAFF_OR_LEAD,
  'GET /v1/applications/{applicationId}': STAFF_OR_LEAD,
  'PUT /v1/applications/{applicationId}/triage': STAFF_OR_LEAD,
  'POST /v1/applications/{applicationId}/conversion': STAFF_OR_LEAD,
  'POST /v1/applications/{applicationId}/closure': STAFF_OR_LEAD,
  'POST /v1/clients/{clientId}/encounters': STAFF_OR_LEAD,
  'GET /v1/clients/{clientId}/encounters': STAFF_OR_LEAD,
  'POST /v1/clients/{clientId}/handover-notes': STAFF_OR_LEAD,
  'GET /v1/clients/{clientId}/handover-notes': STAFF_OR_LEAD,
  'PUT /v1/clients/{clientId}/handover-notes/{noteId}/read-receipt': STAFF_OR_LEAD,
  'GET /v1/handover-notes/unread': STAFF_OR_LEAD,
  'POST /v1/clients/{clientId}/vedtak': STAFF_OR_LEAD,
  'GET /v1/clients/{clientId}/vedtak': STAFF_OR_LEAD,
  'GET /v1/clients/{clientId}/vedtak/{vedtakId}/usage': STAFF_OR_LEAD,
  'POST /v1/clients/{clientId}/crisis-plan': STAFF_OR_LEAD,
  'GET /v1/clients/{clientId}/crisis-plan': STAFF_OR_LEAD,
  'PUT /v1/clients/{clientId}/crisis-plan': STAFF_OR_LEAD,
  'POST /v1/clients/{clientId}/relatives': STAFF_OR_LEAD,
  'GET /v1/clients/{clientId}/relatives': STAFF_OR_LEAD,
  'PUT /v1/clients/{clientId}/relatives/{relativeId}': STAFF_OR_LEAD,
  'DELETE /v1/clients/{clientId}/relatives/{relativeId}': STAFF_OR_LEAD,
  'POST /v1/clients/{clientId}/clinical-profile': STAFF_OR_LEAD,
  'GET /v1/clients/{clientId}/clinical-profile': STAFF_OR_LEAD,
  'PUT /v1/clients/{clientId}/clinical-profile': STAFF_OR_LEAD,
  'POST /v1/services/partners': LEAD,
  'GET /v1/services/partners': ANY_STAFF_ROLE,
  'GET /v1/services/partners/{partnerId}': ANY_STAFF_ROLE,
  'POST /v1/services': LEAD,
  'GET /v1/services': ANY_STAFF_ROLE,
  'GET /v1/services/{serviceId}': ANY_STAFF_ROLE,
  'PATCH /v1/services/{serviceId}': LEAD,
  'PUT /v1/services/{serviceId}/mode': COORDINATOR_OR_LEAD,
  'GET /v1/services/{serviceId}/mode-changes': ANY_STAFF_ROLE,
  'GET /v1/services/{serviceId}/staffing': COORDINATOR_OR_LEAD,
  'GET /v1/services/{serviceId}/fhir': ANY_STAFF_ROLE,
  'POST /v1/services/{serviceId}/enrolments': STAFF_OR_LEAD,
  'GET /v1/services/{serviceId}/enrolments': STAFF_OR_LEAD,
  'POST /v1/services/{serviceId}/enrolments/{enrolmentId}/end': STAFF_OR_LEAD,
  'GET /v1/services/clients/{clientId}/enrolments': STAFF_OR_LEAD,
  'POST /v1/services/{serviceId}/cooperation-meetings': STAFF_OR_LEAD,
  'GET /v1/services/{serviceId}/cooperation-meetings': ANY_STAFF_ROLE,
  'POST /v1/services/{serviceId}/escalations': STAFF_OR_LEAD,
  'POST /v1/services/{serviceId}/escalations/{escalationId}/outcome': STAFF_OR_LEAD,
  'GET /v1/services/clients/{clientId}/escalations': STAFF_OR_LEAD,
  'POST /v1/services/{serviceId}/health-measures': STAFF_OR_LEAD,
  'GET /v1/services/clients/{clientId}/health-measures': STAFF_OR_LEAD,
  'POST /v1/staff/teams': LEAD,
  'GET /v1/staff/teams': ANY_STAFF_ROLE,
  'POST /v1/staff/members': LEAD,
  'GET /v1/staff/members': COORDINATOR_OR_LEAD,
  'GET /v1/staff/members/{staffId}': COORDINATOR_OR_LEAD,
  'POST /v1/staff/members/{staffId}/memberships': LEAD,
  'POST /v1/staff/members/{staffId}/memberships/{membershipId}/end': LEAD,
  'POST /v1/staff/members/{staffId}/competencies': LEAD,
  'POST /v1/staff/members/{staffId}/availability': LEAD,
  'POST /v1/dispensing/prescriptions': STAFF_OR_LEAD,
  'GET /v1/dispensing/prescriptions': STAFF_OR_LEAD,
  'GET /v1/dispensing/prescriptions/{prescriptionId}': STAFF_OR_LEAD,
  'POST /v1/dispensing/prescriptions/{prescriptionId}/transfers': STAFF_OR_LEAD,
  'POST /v1/dispensing/prescriptions/{prescriptionId}/dispensings': STAFF_OR_LEAD,
  'GET /v1/dispensing/prescriptions/{prescriptionId}/dispensings': STAFF_OR_LEAD,
  'POST /v1/dispensing/dispensings/{eventId}/correction': STAFF_OR_LEAD,
  'POST /v1/dispensing/dispensings/{eventId}/void': STAFF_OR_LEAD,
  'GET /v1/dispensing/dispensings/{eventId}/fhir': STAFF_OR_LEAD,
  'GET /v1/dispensing/daily-list': STAFF_OR_LEAD,
  'POST /v1/distribution/records': STAFF_OR_LEAD,
  'GET /v1/distribution/records': STAFF_OR_LEAD,
  'GET /v1/distribution/totals': CARE_OR_COORDINATOR,
  'POST /v1/outreach/places': LEAD,
  'GET /v1/outreach/places': ANY_STAFF_ROLE,
  'GET /v1/outreach/places/{placeId}/visits': ANY_STAFF_ROLE,
  'POST /v1/outreach/requests': STAFF_OR_LEAD,
  'GET /v1/outreach/requests': STAFF_OR_LEAD,
  'POST /v1/outreach/missions': STAFF_OR_LEAD,
  'GET /v1/outreach/missions/{missionId}': STAFF_OR_LEAD,
  'POST /v1/outreach/missions/{missionId}/completion': STAFF_OR_LEAD,
  'POST /v1/outreach/contacts': STAFF_OR_LEAD,
  'GET /v1/outreach/contacts': STAFF_OR_LEAD,
  'GET /v1/groups/exposure': CARE_OR_COORDINATOR,
  'POST /v1/groups/arrangements': COORDINATOR,
  'POST /v1/groups/arrangements/{reference}/restore': COORDINATOR,
  'POST /v1/groups': STAFF_OR_LEAD,
  'GET /v1/groups': CARE_OR_COORDINATOR,
  'GET /v1/groups/{groupId}': CARE_OR_COORDINATOR,
  'PATCH /v1/groups/{groupId}': STAFF_OR_LEAD,
  'POST /v1/groups/{groupId}/cohorts': STAFF_OR_LEAD,
  'GET /v1/groups/{groupId}/cohorts/{cohortId}/fhir': CARE_OR_COORDINATOR,
  'POST /v1/groups/{groupId}/members': STAFF_OR_LEAD,
  'GET /v1/groups/{groupId}/members': STAFF_OR_LEAD,
  'GET /v1/groups/{groupId}/members/{clientId}': STAFF_OR_LEAD,
  'DELETE /v1/groups/{groupId}/members/{clientId}': STAFF_OR_LEAD,
  'POST /v1/groups/{groupId}/sessions': STAFF_OR_LEAD,
  'GET /v1/groups/{groupId}/sessions': CARE_OR_COORDINATOR,
  'PUT /v1/groups/{groupId}/sessions/{sessionId}/attendance/{clientId}': STAFF_OR_LEAD,
  'GET /v1/groups/{groupId}/sessions/{sessionId}/attendance/{clientId}': STAFF_OR_LEAD,
  'GET /v1/consents/vocabulary': ANY_STAFF_ROLE,
  'GET /v1/consents/crisis-contactability': COORDINATOR_OR_LEAD,
  'POST /v1/consents': STAFF_OR_LEAD,
  'GET /v1/consents': CARE_OR_OFFICER,
  'GET /v1/consents/{id}': CARE_OR_OFFICER,
  'PUT /v1/consents/{id}': STAFF_OR_LEAD,
  'POST /v1/consents/{id}/withdrawal': CARE_OR_OFFICER,
  'GET /v1/consents/{id}/versions': CARE_OR_OFFICER,
  'GET /v1/consents/{id}/fhir': CARE_OR_OFFICER,
  'POST /v1/sharing-decisions': CARE_OR_COORDINATOR,
  'GET /v1/sharing-decisions': OFFICER,
  'POST /v1/sharing-decisions/{id}/disclosures': CARE_OR_COORDINATOR,
  'POST /v1/sharing-decisions/{id}/review': OFFICER,
  'GET /v1/clients/{clientId}/disclosures': CARE_OR_OFFICER,
  'POST /v1/crisis/plans/templates/skien-2020': COORDINATOR,
  'POST /v1/crisis/plans': COORDINATOR,
  'GET /v1/crisis/plans': ANY_STAFF_ROLE,
  'GET /v1/crisis/plans/{planId}': ANY_STAFF_ROLE,
  'PUT /v1/crisis/plans/{planId}': COORDINATOR,
  'GET /v1/crisis/plans/{planId}/versions': ANY_STAFF_ROLE,
  'GET /v1/crisis/level': ANY_STAFF_ROLE,
  'POST /v1/crisis/level-changes': COORDINATOR,
  'GET /v1/crisis/level-changes': ANY_STAFF_ROLE,
  'POST /v1/crisis/level-changes/dry-run': COORDINATOR,
  'POST /v1/crisis/scheduled-changes': COORDINATOR,
  'GET /v1/crisis/scheduled-changes': ANY_STAFF_ROLE,
  'GET /v1/crisis/policy': ANY_STAFF_ROLE,
  'POST /v1/crisis/exceptions': CARE_OR_COORDINATOR,
  'GET /v1/crisis/exceptions': CARE_OR_COORDINATOR,
  'POST /v1/crisis/exceptions/{exceptionId}/revoke': CARE_OR_COORDINATOR,
  'GET /v1/crisis/priority-list': COORDINATOR_OR_LEAD,
  'GET /v1/crisis/staffing': COORDINATOR_OR_LEAD,
  'POST /v1/crisis/staffing/backup-assignments': COORDINATOR_OR_LEAD,
  'GET /v1/crisis/staffing/backup-assignments': COORDINATOR_OR_LEAD,
  'POST /v1/crisis/staffing/backup-assignments/{assignmentId}/end': COORDINATOR_OR_LEAD,
  'POST /v1/crisis/tasks': CARE_OR_COORDINATOR,
  'GET /v1/crisis/tasks': CARE_OR_COORDINATOR,
  'GET /v1/crisis/tasks/mine': CARE_OR_COORDINATOR,
  'GET /v1/crisis/tasks/{taskId}': CARE_OR_COORDINATOR,
  'GET /v1/crisis/tasks/{taskId}/fhir': CARE_OR_COORDINATOR,
  'POST /v1/crisis/tasks/{taskId}/complete': CARE_OR_COORDINATOR,
  'POST /v1/crisis/tasks/{taskId}/cancel': CARE_OR_COORDINATOR,
  'POST /v1/crisis/tasks/{taskId}/reassign': CARE_OR_COORDINATOR,
  'POST /v1/crisis/webhook-endpoints': COORDINATOR,
  'GET /v1/crisis/webhook-endpoints': COORDINATOR,
  'POST /v1/crisis/notices': COORDINATOR,
  'GET /v1/crisis/notices': CARE_OR_COORDINATOR,
  'GET /v1/crisis/notices/{noticeId}': CARE_OR_COORDINATOR,
  'GET /v1/crisis/notices/{noticeId}/unacknowledged': CARE_OR_COORDINATOR,
  'POST /v1/crisis/notices/{noticeId}/acknowledgements': CARE_OR_COORDINATOR,
  'GET /v1/crisis/notices/{noticeId}/language-follow-up': CARE_OR_COORDINATOR,
  'POST /v1/crisis/notices/{noticeId}/language-follow-up/tasks': COORDINATOR,
};

/** Who asks for a client's record, relative to the client (X-2 need-to-know). */
export type Ownership =
  | 'own team'
  | 'same municipality, other team'
  | 'other municipality'
  | 'no relation'
  | 'relation ended';

/** A record outside the caller's reach answers 404, never 403: its existence is not confirmed. */
const NEED_TO_KNOW: Readonly<Record<Ownership, number>> = {
  'own team': 200,
  'same municipality, other team': 404,
  'other municipality': 404,
  'no relation': 404,
  'relation ended': 404,
};

/**
 * GET routes on one client's record, the client id their only path parameter, each with the
 * status per ownership case. The client's access log is not here: its policy is by role
 * (privacy officer, the client), not by care relation.
 */
export const CLIENT_RECORD_ROUTES: Readonly<Record<string, Readonly<Record<Ownership, number>>>> = {
  'GET /v1/clients/{clientId}': NEED_TO_KNOW,
  'GET /v1/clients/{clientId}/status-history': NEED_TO_KNOW,
  'GET /v1/clients/{clientId}/fhir': NEED_TO_KNOW,
  'GET /v1/clients/{clientId}/vulnerability-flags': NEED_TO_KNOW,
  'GET /v1/clients/{clientId}/encounters': NEED_TO_KNOW,
  'GET /v1/clients/{clientId}/handover-notes': NEED_TO_KNOW,
  'GET /v1/clients/{clientId}/vedtak': NEED_TO_KNOW,
  'GET /v1/clients/{clientId}/crisis-plan': NEED_TO_KNOW,
  'GET /v1/clients/{clientId}/relatives': NEED_TO_KNOW,
  'GET /v1/clients/{clientId}/clinical-profile': NEED_TO_KNOW,
  'GET /v1/clients/{clientId}/disclosures': NEED_TO_KNOW,
  'GET /v1/services/clients/{clientId}/enrolments': NEED_TO_KNOW,
  'GET /v1/services/clients/{clientId}/escalations': NEED_TO_KNOW,
  'GET /v1/services/clients/{clientId}/health-measures': NEED_TO_KNOW,
};

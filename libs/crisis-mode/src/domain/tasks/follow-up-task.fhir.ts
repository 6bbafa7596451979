import type { FollowUpTask, TaskAssignee } from './follow-up-task';

/** FHIR R4 data types a Task export uses (https://hl7.org/fhir/R4/datatypes.html). */
export interface FhirIdentifier {
  system: string;
  value: string;
}

export interface FhirReference {
  reference?: string;
  type?: string;
  identifier?: FhirIdentifier;
  display?: string;
}

export interface FhirCodeableConcept {
  coding?: { system: string; code: string; display?: string }[];
  text?: string;
}

/** FHIR R4 `Task` (https://hl7.org/fhir/R4/task.html), as far as a follow-up task sets it. */
export interface FhirTask {
  resourceType: 'Task';
  id: string;
  identifier: FhirIdentifier[];
  status: 'requested' | 'ready' | 'completed' | 'cancelled';
  statusReason?: FhirCodeableConcept;
  intent: 'order';
  priority: 'routine' | 'urgent' | 'asap';
  code: FhirCodeableConcept;
  description: string;
  for?: FhirReference;
  focus?: FhirReference;
  authoredOn: string;
  lastModified: string;
  requester: FhirReference;
  owner: FhirReference;
  restriction: { period: { end: string } };
  executionPeriod?: { end: string };
  output?: { type: FhirCodeableConcept; valueString: string }[];
}

/** Code system of this library's task kinds (`phone-follow-up`, `home-visit` …). */
export const TASK_KIND_SYSTEM = 'https://lavterskel.no/fhir/CodeSystem/follow-up-task-kind';
/** Identifier systems of staff (token subjects) and teams, which are not FHIR resources here. */
export const STAFF_SUBJECT_SYSTEM = 'urn:lavterskel:staff-subject';
export const TEAM_ID_SYSTEM = 'urn:lavterskel:team-id';

/** FHIR resource ids: at most 64 of A–Z, a–z, 0–9, '-' and '.'. */
const FHIR_ID = /^[A-Za-z0-9\-.]{1,64}$/;

function uuidIdentifier(id: string): FhirIdentifier {
  return { system: 'urn:ietf:rfc:3986', value: `urn:uuid:${id}` };
}

/** A staff member: a literal Practitioner reference when the subject can be a FHIR id, always the subject. */
function practitioner(subject: string): FhirReference {
  return {
    ...(FHIR_ID.test(subject) ? { reference: `Practitioner/${subject}` } : {}),
    type: 'Practitioner',
    identifier: { system: STAFF_SUBJECT_SYSTEM, value: subject },
  };
}

function owner(assignee: TaskAssignee): FhirReference {
  return assignee.kind === 'staff'
    ? practitioner(assignee.subject)
    : {
        reference: `CareTeam/${assignee.teamId}`,
        type: 'CareTeam',
        identifier: { system: TEAM_ID_SYSTEM, value: assignee.teamId },
      };
}

/** An open task with a named staff member is ready to do; one left to a team is requested of it. */
function fhirStatus(task: FollowUpTask): FhirTask['status'] {
  if (task.status === 'done') return 'completed';
  if (task.status === 'cancelled') return 'cancelled';
  return task.assignee.kind === 'staff' ? 'ready' : 'requested';
}

/** A follow-up task as FHIR R4 `Task`: due as `restriction.period.end`, the outcome as `output`. */
export function toFhirTask(task: FollowUpTask): FhirTask {
  return {
    resourceType: 'Task',
    id: task.id,
    identifier: [uuidIdentifier(task.id)],
    status: fhirStatus(task),
    ...(task.status === 'cancelled' && task.outcome !== null
      ? { statusReason: { text: task.outcome } }
      : {}),
    intent: 'order',
    priority: task.priority,
    code: { coding: [{ system: TASK_KIND_SYSTEM, code: task.kind }], text: task.kind },
    description: task.description,
    ...(task.clientId ? { for: { reference: `Patient/${task.clientId}` } } : {}),
    ...(task.serviceId ? { focus: { reference: `HealthcareService/${task.serviceId}` } } : {}),
    authoredOn: task.createdAt.toISOString(),
    lastModified: task.updatedAt.toISOString(),
    requester: practitioner(task.createdBy),
    owner: owner(task.assignee),
    restriction: { period: { end: task.due } },
    ...(task.closedAt ? { executionPeriod: { end: task.closedAt.toISOString() } } : {}),
    ...(task.outcome !== null
      ? {
          output: [
            {
              type: { text: task.status === 'cancelled' ? 'cancellation reason' : 'outcome' },
              valueString: task.outcome,
            },
          ],
        }
      : {}),
  };
}

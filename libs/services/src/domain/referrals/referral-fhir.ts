import {
  uuidIdentifier,
  type FhirCodeableConcept,
  type FhirIdentifier,
  type FhirReference,
} from '../shared/fhir';
import type { Referral, ReferralStatus, ReferralStatusChange, ReferralUrgency } from './referral';

/** FHIR R4 `ServiceRequest` (https://hl7.org/fhir/R4/servicerequest.html): what is asked. */
export interface FhirServiceRequest {
  resourceType: 'ServiceRequest';
  id: string;
  identifier: FhirIdentifier[];
  status: 'active' | 'revoked' | 'completed';
  intent: 'order';
  priority: 'routine' | 'urgent' | 'stat';
  subject: FhirReference;
  authoredOn: string;
  requester: FhirReference;
  performer: FhirReference[];
  reasonCode: FhirCodeableConcept[];
  note: { text: string }[];
}

/** FHIR R4 `Task` (https://hl7.org/fhir/R4/task.html): where the request stands. */
export interface FhirTask {
  resourceType: 'Task';
  id: string;
  status: 'requested' | 'on-hold' | 'accepted' | 'rejected' | 'cancelled';
  businessStatus: FhirCodeableConcept;
  statusReason?: FhirCodeableConcept;
  intent: 'order';
  priority: FhirServiceRequest['priority'];
  focus: FhirReference;
  for: FhirReference;
  authoredOn: string;
  lastModified: string;
  requester: FhirReference;
  owner: FhirReference;
  restriction: { period: { end: string } };
  output?: { type: FhirCodeableConcept; valueReference: FhirReference }[];
}

export interface FhirReferralBundle {
  resourceType: 'Bundle';
  type: 'collection';
  timestamp: string;
  entry: { fullUrl: string; resource: FhirServiceRequest | FhirTask }[];
}

/** A party as FHIR references it: a service by its HealthcareService id, a partner by organisation number. */
export type FhirParty =
  { serviceId: string; name: string } | { organisationNumber: string | null; name: string };

/** Enhetsregisteret's organisation numbers (Volven OID). */
const ORGANISATION_NUMBER = 'urn:oid:2.16.578.1.12.4.1.4.101';

const PRIORITY: Record<ReferralUrgency, FhirServiceRequest['priority']> = {
  routine: 'routine',
  urgent: 'urgent',
  emergency: 'stat',
};
const REQUEST_STATUS: Record<ReferralStatus, FhirServiceRequest['status']> = {
  sent: 'active',
  'information-requested': 'active',
  resubmitted: 'active',
  accepted: 'active',
  rejected: 'revoked',
  withdrawn: 'revoked',
};
const TASK_STATUS: Record<ReferralStatus, FhirTask['status']> = {
  sent: 'requested',
  'information-requested': 'on-hold',
  resubmitted: 'requested',
  accepted: 'accepted',
  rejected: 'rejected',
  withdrawn: 'cancelled',
};

function reference(party: FhirParty): FhirReference {
  if ('serviceId' in party)
    return { reference: `HealthcareService/${party.serviceId}`, display: party.name };
  return party.organisationNumber
    ? {
        identifier: { system: ORGANISATION_NUMBER, value: party.organisationNumber },
        display: party.name,
      }
    : { display: party.name };
}

/** The base the entries' full URLs resolve against; the Task shares the request's id. */
const FHIR_BASE = 'https://lavterskel.no/fhir';

/**
 * The referral as FHIR R4: a ServiceRequest (what is asked, of whom, why, how soon) and a Task
 * (the receiver's work on it: its status, due date and answer), in a collection Bundle.
 */
export function referralFhirBundle(
  referral: Referral,
  context: { from: FhirParty; to: FhirParty; history: readonly ReferralStatusChange[]; at: Date },
): FhirReferralBundle {
  const requester = reference(context.from);
  const owner = reference(context.to);
  const subject = { reference: `Patient/${referral.clientId}` };
  const serviceRequest: FhirServiceRequest = {
    resourceType: 'ServiceRequest',
    id: referral.id,
    identifier: [uuidIdentifier(referral.id)],
    status: REQUEST_STATUS[referral.status],
    intent: 'order',
    priority: PRIORITY[referral.urgency],
    subject,
    authoredOn: referral.createdAt.toISOString(),
    requester,
    performer: [owner],
    reasonCode: [{ text: referral.reason }],
    note: [
      {
        text: `Information shared with the referral (${referral.purpose}): ${referral.categories.join(', ')}.`,
      },
    ],
  };
  const note = referral.statusNote;
  const task: FhirTask = {
    resourceType: 'Task',
    id: referral.id,
    status: TASK_STATUS[referral.status],
    businessStatus: { text: referral.status },
    ...(note ? { statusReason: { text: note } } : {}),
    intent: 'order',
    priority: PRIORITY[referral.urgency],
    focus: { reference: `ServiceRequest/${referral.id}` },
    for: subject,
    authoredOn: referral.createdAt.toISOString(),
    lastModified: (context.history.at(-1)?.changedAt ?? referral.updatedAt).toISOString(),
    requester,
    owner,
    restriction: { period: { end: referral.dueOn } },
    ...(referral.enrolmentId
      ? {
          output: [
            {
              type: { text: 'enrolment' },
              valueReference: {
                identifier: uuidIdentifier(referral.enrolmentId),
                display: 'Enrolment in the receiving service',
              },
            },
          ],
        }
      : {}),
  };
  return {
    resourceType: 'Bundle',
    type: 'collection',
    timestamp: context.at.toISOString(),
    entry: [
      { fullUrl: `${FHIR_BASE}/ServiceRequest/${referral.id}`, resource: serviceRequest },
      { fullUrl: `${FHIR_BASE}/Task/${referral.id}`, resource: task },
    ],
  };
}

import { FollowUpTaskBuilder } from '../testing/follow-up-task.builder';
import { toFhirTask } from './follow-up-task.fhir';

describe('toFhirTask', () => {
  it('maps an open task of a named staff member to a ready order for the patient, due as the period end', () => {
    const task = FollowUpTaskBuilder.create({ priority: 'asap' });
    expect(toFhirTask(task)).toEqual({
      resourceType: 'Task',
      id: task.id,
      identifier: [{ system: 'urn:ietf:rfc:3986', value: `urn:uuid:${task.id}` }],
      status: 'ready',
      intent: 'order',
      priority: 'asap',
      code: {
        coding: [
          {
            system: 'https://lavterskel.no/fhir/CodeSystem/follow-up-task-kind',
            code: 'phone-follow-up',
          },
        ],
        text: 'phone-follow-up',
      },
      description: task.description,
      for: { reference: `Patient/${task.clientId}` },
      focus: { reference: `HealthcareService/${task.serviceId}` },
      authoredOn: '2026-11-23T08:00:00.000Z',
      lastModified: '2026-11-23T08:00:00.000Z',
      requester: {
        reference: 'Practitioner/coordinator-kari',
        type: 'Practitioner',
        identifier: { system: 'urn:lavterskel:staff-subject', value: 'coordinator-kari' },
      },
      owner: {
        reference: 'Practitioner/nurse-anne',
        type: 'Practitioner',
        identifier: { system: 'urn:lavterskel:staff-subject', value: 'nurse-anne' },
      },
      restriction: { period: { end: '2026-11-24' } },
    });
  });

  it('maps done, cancelled and team tasks, and a subject that cannot be a FHIR id to an identifier only', () => {
    const closedAt = new Date('2026-11-24T12:00:00Z');
    const done = FollowUpTaskBuilder.create({ status: 'done', outcome: 'Reached', closedAt });
    const cancelled = FollowUpTaskBuilder.create({
      status: 'cancelled',
      outcome: 'Moved',
      closedAt,
    });
    const team = FollowUpTaskBuilder.create({
      assignee: { kind: 'team', teamId: '7f3c1b2a-4d5e-4f60-8a7b-9c0d1e2f3a4b' },
      createdBy: 'kari@skien.kommune.no',
      clientId: null,
      serviceId: null,
    });

    expect(toFhirTask(done)).toMatchObject({
      status: 'completed',
      executionPeriod: { end: '2026-11-24T12:00:00.000Z' },
      output: [{ type: { text: 'outcome' }, valueString: 'Reached' }],
    });
    expect(toFhirTask(cancelled)).toMatchObject({
      status: 'cancelled',
      statusReason: { text: 'Moved' },
    });
    const fhirTeam = toFhirTask(team);
    expect(fhirTeam).toMatchObject({
      status: 'requested',
      owner: { reference: 'CareTeam/7f3c1b2a-4d5e-4f60-8a7b-9c0d1e2f3a4b', type: 'CareTeam' },
      requester: { type: 'Practitioner', identifier: { value: 'kari@skien.kommune.no' } },
    });
    expect(fhirTeam.requester.reference).toBeUndefined();
    expect(fhirTeam.for).toBeUndefined();
  });
});

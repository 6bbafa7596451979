import { fhirValidationErrors } from '@lavterskel/fhir-validator';
import { toFhirTask } from '../../domain/tasks/follow-up-task.fhir';
import { FollowUpTaskBuilder } from '../../domain/testing/follow-up-task.builder';

// What GET /v1/crisis/tasks/{id}/fhir answers, against the FHIR R4 definitions.
describe('FHIR Task export (R4 validation)', () => {
  const closedAt = new Date('2026-11-24T12:00:00Z');

  it.each([
    ['open, a named staff member', FollowUpTaskBuilder.create()],
    [
      'open, a team, no client or service, a subject that is no FHIR id',
      FollowUpTaskBuilder.create({
        clientId: null,
        serviceId: null,
        kind: 'notice-follow-up',
        priority: 'asap',
        createdBy: 'kari@skien.kommune.no',
        assignee: { kind: 'team', teamId: '7f3c1b2a-4d5e-4f60-8a7b-9c0d1e2f3a4b' },
      }),
    ],
    [
      'done with an outcome',
      FollowUpTaskBuilder.create({
        status: 'done',
        outcome: 'Nådd på telefon.',
        closedBy: 'nurse-anne',
        closedAt,
        updatedAt: closedAt,
        version: 2,
      }),
    ],
    [
      'cancelled with a reason',
      FollowUpTaskBuilder.create({
        status: 'cancelled',
        outcome: 'Klienten er innlagt.',
        closedBy: 'coord-kari',
        closedAt,
        updatedAt: closedAt,
        version: 2,
      }),
    ],
  ])('is a valid FHIR R4 Task: %s', (_, task) => {
    expect(fhirValidationErrors(toFhirTask(task))).toEqual([]);
  });
});

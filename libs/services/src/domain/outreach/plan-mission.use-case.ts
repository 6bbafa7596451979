import { newId, type Actor } from '@lavterskel/kernel';
import type { ServicesPorts } from '../services-ports';
import { ServicesError, ServicesErrorCode } from '../services-error';
import {
  assertRegisteredClient,
  authorizeClientRecord,
  servesInTeam,
} from '../shared/client-access';
import { assertValid, notBlank, unknownReference, violation } from '../shared/validation';
import { assertMissionStaffing, type Mission } from './mission';

export interface PlanMissionInput {
  actor: Actor;
  serviceId: string;
  requestId?: string;
  /** Default: the request's client, if any. */
  clientId?: string;
  /**
   * The caller asks for two staff (a risk not yet on the record). It can only raise the
   * requirement: a client whose record carries a violence-risk flag needs two staff regardless.
   */
  twoStaffRequested?: boolean;
  plannedAt: Date;
  location: string;
  staffIds: string[];
  breakGlassReason?: string;
}

/** Plans a mission of the ambulant team; two staff when the client carries a violence-risk flag (SV-6). */
export class PlanMission {
  constructor(
    private readonly ports: Pick<
      ServicesPorts,
      | 'services'
      | 'staff'
      | 'outreach'
      | 'clientDirectory'
      | 'careRelations'
      | 'audit'
      | 'unitOfWork'
      | 'clock'
    >,
  ) {}

  async execute(input: PlanMissionInput): Promise<Mission> {
    const { actor } = input;
    assertValid([
      notBlank(input.location, 'location'),
      input.staffIds.length === 0 &&
        violation('staffIds', 'not-empty', 'must name at least one staff member'),
    ]);
    if (input.twoStaffRequested) assertMissionStaffing(input.staffIds, true);
    return this.ports.unitOfWork.run(async () => {
      const service = await this.ports.services.findById(actor.tenantId, input.serviceId);
      if (!service) throw unknownReference('serviceId', 'service');
      const known = await this.ports.staff.existing(actor.tenantId, input.staffIds);
      if (input.staffIds.some((id) => !known.has(id)))
        throw unknownReference('staffIds', 'staff member');
      const request =
        input.requestId === undefined
          ? null
          : await this.ports.outreach.findRequest(actor.tenantId, input.requestId);
      if (input.requestId !== undefined && request?.serviceId !== service.id)
        throw unknownReference('requestId', 'request to this service');
      const clientId = input.clientId ?? request?.clientId ?? null;
      assertValid([
        request !== null &&
          request.clientId !== null &&
          clientId !== request.clientId &&
          violation('clientId', 'matches-request', 'must be the client the request is about'),
      ]);
      if (clientId !== null) await assertRegisteredClient({ actor, clientId }, this.ports);
      if (clientId !== null && !servesInTeam(actor, service.teamId)) {
        await authorizeClientRecord({ ...input, clientId, resource: 'client' }, this.ports);
      }
      const twoStaffRequired =
        input.twoStaffRequested === true ||
        (clientId !== null &&
          (await this.ports.clientDirectory.requiresTwoStaff({ actor, clientId })));
      assertMissionStaffing(input.staffIds, twoStaffRequired);
      const mission: Mission = {
        id: newId(),
        tenantId: actor.tenantId,
        serviceId: service.id,
        requestId: request?.id ?? null,
        clientId,
        plannedAt: input.plannedAt,
        location: input.location.trim(),
        staffIds: [...new Set(input.staffIds)],
        twoStaffRequired,
        status: 'planned',
        outcome: null,
        createdBy: actor.subject,
        version: 1,
      };
      await this.ports.outreach.insertMission(mission);
      if (
        request &&
        !(await this.ports.outreach.moveRequest({
          tenantId: actor.tenantId,
          id: request.id,
          from: 'open',
          to: 'assigned',
        }))
      ) {
        throw new ServicesError(
          ServicesErrorCode.InvalidStateTransition,
          'The request already has a mission or is closed.',
          [violation('requestId', 'open-request', 'must be an open request')],
        );
      }
      await this.ports.audit.record({
        actor,
        action: 'create',
        resourceType: 'mission',
        resourceId: mission.id,
        clientId: clientId ?? undefined,
      });
      return mission;
    });
  }
}

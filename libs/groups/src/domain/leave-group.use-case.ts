import { authorizeClientAccess, notFound, parseUuid, type Actor } from '@lavterskel/kernel';
import type { Membership } from './membership';
import { auditSeated } from './membership-audit';
import { AuditResource, type GroupsPorts } from './ports';
import { rosterChanges } from './roster';
import { savedMember } from './saved-member';
import { leaveRoster } from './seating';

export interface LeaveGroupInput {
  actor: Actor;
  groupId: string;
  clientId: string;
  /** The membership version the caller read (If-Match). */
  expectedVersion: number;
  breakGlassReason?: string;
}

/** GR-2: a client leaves a group; the first waiting member who fits takes the seat. */
export class LeaveGroupUseCase {
  constructor(
    private readonly ports: Pick<
      GroupsPorts,
      'unitOfWork' | 'audit' | 'clock' | 'careRelations' | 'rosters'
    >,
  ) {}

  async execute(input: LeaveGroupInput): Promise<Membership> {
    const groupId = parseUuid(input.groupId, 'groupId');
    const clientId = parseUuid(input.clientId, 'clientId');
    return this.ports.unitOfWork.run(async () => {
      const { actor } = input;
      await authorizeClientAccess(
        { actor, clientId, breakGlassReason: input.breakGlassReason },
        this.ports,
      );
      const roster = await this.ports.rosters.lock(actor.tenantId, groupId);
      if (!roster) throw notFound('group');
      const left = leaveRoster(roster, {
        clientId,
        expectedVersion: input.expectedVersion,
        now: this.ports.clock.now(),
      });
      const changes = rosterChanges(roster, left.roster);
      await this.ports.rosters.save(actor.tenantId, changes);
      await this.ports.audit.record({
        actor,
        action: 'update',
        resourceType: AuditResource.membership,
        resourceId: left.membership.id,
        clientId,
        reason: 'left the group',
      });
      await auditSeated(
        this.ports.audit,
        actor,
        left.promoted,
        'seat freed: promoted from the waitlist',
      );
      return savedMember(changes, left.membership);
    });
  }
}

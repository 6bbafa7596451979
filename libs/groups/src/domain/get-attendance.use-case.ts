import { authorizeClientAccess, notFound, parseUuid, type Actor } from '@lavterskel/kernel';
import type { Attendance } from './attendance';
import { AuditResource, type GroupsPorts } from './ports';

/** One client's attendance at one session. */
export class GetAttendanceUseCase {
  constructor(
    private readonly ports: Pick<
      GroupsPorts,
      'unitOfWork' | 'audit' | 'careRelations' | 'attendance'
    >,
  ) {}

  async execute(input: {
    actor: Actor;
    groupId: string;
    sessionId: string;
    clientId: string;
    breakGlassReason?: string;
  }): Promise<Attendance> {
    const groupId = parseUuid(input.groupId, 'groupId');
    const sessionId = parseUuid(input.sessionId, 'sessionId');
    const clientId = parseUuid(input.clientId, 'clientId');
    return this.ports.unitOfWork.run(async () => {
      const { actor } = input;
      await authorizeClientAccess(
        { actor, clientId, breakGlassReason: input.breakGlassReason },
        this.ports,
      );
      const attendance = await this.ports.attendance.find(actor.tenantId, sessionId, clientId);
      if (!attendance || attendance.groupId !== groupId) throw notFound('attendance');
      await this.ports.audit.record({
        actor,
        action: 'read',
        resourceType: AuditResource.attendance,
        resourceId: attendance.id,
        clientId,
      });
      return attendance;
    });
  }
}

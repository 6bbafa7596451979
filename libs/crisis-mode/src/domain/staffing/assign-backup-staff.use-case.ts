import { newId, notFound, type Actor } from '@lavterskel/kernel';
import type { CrisisModePorts } from '../crisis-mode-ports';
import { CrisisModeError, CrisisModeErrorCode } from '../crisis-mode-error';
import { reportBasis } from '../reports/report-basis';
import { assertValid, violation } from '../shared/violations';
import {
  backupAssignmentViolations,
  type BackupAssignment,
  type BackupAssignmentInput,
} from './backup-assignment';
import { competenciesOf } from './staffing-lines';

export interface AssignBackupStaffInput extends BackupAssignmentInput {
  actor: Actor;
}

/**
 * CR-5: names a trained staff member as back-up for a critical service and one of its
 * competencies, for a period; the staffing report counts them on the days it covers when
 * they are available. The member must hold the competency on the first day: asked of the
 * roster's `competenciesOf`, or, where the host has not wired it, found among the staff
 * available that day.
 */
export class AssignBackupStaff {
  constructor(
    private readonly ports: Pick<
      CrisisModePorts,
      'state' | 'plans' | 'catalogue' | 'staff' | 'backups' | 'audit' | 'clock' | 'unitOfWork'
    >,
  ) {}

  async execute(input: AssignBackupStaffInput): Promise<BackupAssignment> {
    const { actor } = input;
    assertValid(backupAssignmentViolations(input));
    return this.ports.unitOfWork.run(async () => {
      const service = await this.ports.catalogue.find(actor, input.serviceId);
      if (!service) throw notFound('service');
      const basis = await reportBasis(this.ports, actor.tenantId, {});
      const competencies = competenciesOf(service, basis.rules).filter(
        (code): code is string => code !== null,
      );
      assertValid([
        !service.critical &&
          violation(
            'serviceId',
            'critical-service',
            'back-up staff are assigned to critical services',
          ),
        service.critical &&
          !competencies.includes(input.competency) &&
          violation(
            'competency',
            'service-competency',
            competencies.length > 0
              ? `must be a competency the service needs: ${competencies.join(', ')}`
              : 'the service needs no competency; its own team staffs it',
          ),
      ]);
      await this.assertHolds(actor, input);
      const assignment: BackupAssignment = {
        id: newId(),
        tenantId: actor.tenantId,
        serviceId: service.id,
        staffId: input.staffId.toLowerCase(),
        competency: input.competency,
        from: input.from,
        to: input.to,
        reason: input.reason.trim(),
        assignedBy: actor.subject,
        assignedAt: this.ports.clock.now(),
        endedAt: null,
        endedBy: null,
      };
      await this.ports.backups.insert(assignment);
      await this.ports.audit.record({
        actor,
        action: 'create',
        resourceType: 'crisis-backup-assignment',
        resourceId: assignment.id,
        reason: assignment.reason,
      });
      return assignment;
    });
  }

  private async assertHolds(actor: Actor, input: AssignBackupStaffInput): Promise<void> {
    const staffId = input.staffId.toLowerCase();
    const { staff } = this.ports;
    let held: readonly string[];
    if (staff.competenciesOf) {
      const member = await staff.competenciesOf(actor, { staffId, on: input.from });
      if (!member) throw notFound('staff member');
      held = member.competencies;
    } else {
      const available = await staff.availableOn(actor, input.from);
      held =
        available.find((member) => member.staffId.toLowerCase() === staffId)?.competencies ?? [];
    }
    if (!held.includes(input.competency)) {
      throw new CrisisModeError(
        CrisisModeErrorCode.CompetencyNotHeld,
        `The staff member does not hold ${input.competency} valid on ${input.from}.`,
        [violation('staffId', 'competency-held', `must hold ${input.competency} on ${input.from}`)],
      );
    }
  }
}

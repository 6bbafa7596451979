import { notFound, type Actor } from '@lavterskel/kernel';
import type { CrisisModePorts } from '../crisis-mode-ports';
import { CrisisModeError, CrisisModeErrorCode } from '../crisis-mode-error';
import type { BackupAssignment } from './backup-assignment';

export interface EndBackupAssignmentInput {
  actor: Actor;
  id: string;
}

/**
 * Ends a back-up assignment now: from today (Oslo) it no longer counts. Kept as history.
 * Ending one that has ended already is a conflict; the database's conditional update decides
 * between two coordinators ending it at once.
 */
export class EndBackupAssignment {
  constructor(
    private readonly ports: Pick<CrisisModePorts, 'backups' | 'audit' | 'clock' | 'unitOfWork'>,
  ) {}

  async execute(input: EndBackupAssignmentInput): Promise<BackupAssignment> {
    const { actor, id } = input;
    return this.ports.unitOfWork.run(async () => {
      const ended = await this.ports.backups.end({
        tenantId: actor.tenantId,
        id,
        by: actor.subject,
        at: this.ports.clock.now(),
      });
      if (!ended) {
        const existing = await this.ports.backups.findById(actor.tenantId, id);
        if (!existing) throw notFound('backup assignment');
        throw new CrisisModeError(
          CrisisModeErrorCode.BackupAssignmentEnded,
          'The back-up assignment has been ended already.',
          [],
          { endedAt: existing.endedAt?.toISOString() ?? null },
        );
      }
      await this.ports.audit.record({
        actor,
        action: 'update',
        resourceType: 'crisis-backup-assignment',
        resourceId: id,
        reason: 'back-up assignment ended',
      });
      return ended;
    });
  }
}

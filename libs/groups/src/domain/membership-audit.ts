import { recordAll, type Actor, type AuditLog } from '@lavterskel/kernel';
import { AuditResource } from './ports';

/** One audit row per client whose membership a rule changed on the side (promotion, re-cohorting), with why. */
export async function auditSeated(
  audit: AuditLog,
  actor: Actor,
  members: readonly { id: string; clientId: string }[],
  reason: string,
): Promise<void> {
  await recordAll(
    audit,
    members.map((member) => ({
      actor,
      action: 'update',
      resourceType: AuditResource.membership,
      resourceId: member.id,
      clientId: member.clientId,
      reason,
    })),
  );
}

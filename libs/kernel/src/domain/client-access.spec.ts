import type { Actor } from './actor';
import type { AuditEntry, AuditLog } from './audit';
import { clientsInCare, combineCareRelations, type CareRelations } from './care-relations';
import { authorizeBreakGlass, authorizeClientAccess } from './client-access';
import { KernelErrorCode } from './kernel-error';
import type { TenantId } from './tenant-id';

const nurse: Actor = { subject: 'nurse-anne', tenantId: '4003' as TenantId, roles: ['staff'], teamIds: ['team-lar'] };
const clientId = '6c0b3f5e-7a53-4a52-9d0b-5f1f2e0c9a11';

function recordingAudit(): AuditLog & { entries: AuditEntry[] } {
  const entries: AuditEntry[] = [];
  return { entries, record: async (entry) => void entries.push(entry) };
}
const relations = (related: boolean): CareRelations => ({ hasCareRelation: async () => related });

describe('authorizeClientAccess', () => {
  it('opens the record on a care relation, without a break-glass entry', async () => {
    const audit = recordingAudit();
    await expect(authorizeClientAccess({ actor: nurse, clientId }, { careRelations: relations(true), audit })).resolves.toBe('care-relation');
    expect(audit.entries).toEqual([]);
  });

  it('answers not-found without a relation or a reason, exactly as for a missing client', async () => {
    await expect(authorizeClientAccess({ actor: nurse, clientId }, { careRelations: relations(false), audit: recordingAudit() })).rejects.toMatchObject({
      code: KernelErrorCode.NotFound,
      message: 'No client with this id.',
    });
  });

  it('opens the record with a written reason, and audits it as break-glass', async () => {
    const audit = recordingAudit();
    const basis = await authorizeClientAccess(
      { actor: nurse, clientId, breakGlassReason: '  Overdose call, client unconscious at Skien station  ' },
      { careRelations: relations(false), audit },
    );
    expect(basis).toBe('break-glass');
    expect(audit.entries).toEqual([
      expect.objectContaining({ action: 'break-glass', clientId, reason: 'Overdose call, client unconscious at Skien station' }),
    ]);
  });

  it('refuses a reason too short to explain anything', async () => {
    await expect(
      authorizeClientAccess({ actor: nurse, clientId, breakGlassReason: 'urgent' }, { careRelations: relations(false), audit: recordingAudit() }),
    ).rejects.toMatchObject({ code: KernelErrorCode.BreakGlassReasonTooShort, violations: [expect.objectContaining({ field: 'X-Break-Glass-Reason' })] });
  });

  it('names the record asked for when it is out of reach, as it would for a missing one', async () => {
    await expect(
      authorizeClientAccess({ actor: nurse, clientId, resource: 'prescription' }, { careRelations: relations(false), audit: recordingAudit() }),
    ).rejects.toMatchObject({ code: KernelErrorCode.NotFound, message: 'No prescription with this id.' });
  });

  it('opens other records on a written reason too, audited against what was opened', async () => {
    const audit = recordingAudit();
    await expect(
      authorizeBreakGlass({ actor: nurse, reason: undefined, resourceType: 'service', resourceId: 's1', notFoundAs: 'service' }, audit),
    ).rejects.toMatchObject({ message: 'No service with this id.' });
    await authorizeBreakGlass(
      { actor: nurse, reason: 'Covering the LAR team during an outbreak', resourceType: 'service', resourceId: 's1', notFoundAs: 'service' },
      audit,
    );
    expect(audit.entries).toEqual([
      expect.objectContaining({ action: 'break-glass', resourceType: 'service', resourceId: 's1', clientId: undefined }),
    ]);
  });

  it('filters a list with one batch call per source, for the clients still unfound', async () => {
    const asked: string[][] = [];
    const batch = (inCare: string[]): CareRelations => ({
      hasCareRelation: async () => {
        throw new Error('a batch source is not asked per client');
      },
      clientsInCare: async (_actor, ids) => {
        asked.push([...ids]);
        return new Set(ids.filter((id) => inCare.includes(id)));
      },
    });
    const perClient: CareRelations = { hasCareRelation: async (_actor, id) => id === 'c' };
    const combined = combineCareRelations(batch(['a']), perClient, batch(['b', 'c']));
    expect(await clientsInCare(combined, nurse, ['a', 'b', 'c', 'd', 'a'])).toEqual(new Set(['a', 'b', 'c']));
    expect(asked).toEqual([
      ['a', 'b', 'c', 'd'],
      ['b', 'd'],
    ]);
    expect(await clientsInCare(combined, nurse, [])).toEqual(new Set());
  });

  it('combines sources: a relation in any one of them counts', async () => {
    const combined = combineCareRelations(relations(false), relations(true));
    expect(await combined.hasCareRelation(nurse, clientId)).toBe(true);
    expect(await combineCareRelations(relations(false)).hasCareRelation(nurse, clientId)).toBe(false);
    expect(await combineCareRelations().hasCareRelation(nurse, clientId)).toBe(false);
  });
});

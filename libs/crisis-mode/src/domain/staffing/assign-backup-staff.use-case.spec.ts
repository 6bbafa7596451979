import { newId } from '@lavterskel/kernel';
import { CrisisModeErrorCode } from '../crisis-mode-error';
import { OSLO, actor } from '../testing/in-memory-kernel';
import { aService, aStaffMember } from '../testing/other-library-builders';
import { reportsScene } from '../testing/reports-scene';
import { aLevel, aPlan } from '../testing/crisis-plan.builders';
import { AssignBackupStaff } from './assign-backup-staff.use-case';
import { EndBackupAssignment } from './end-backup-assignment.use-case';
import { ListBackupAssignments } from './list-backup-assignments.use-case';

const coordinator = actor();

function setup() {
  const scene = reportsScene();
  const lar = aService({
    name: 'LAR-utdeling',
    critical: true,
    requiredCompetencies: ['lar-dispensing'],
  });
  const yoga = aService({ name: 'Yoga' });
  const berit = aStaffMember({
    name: 'Berit',
    competencies: [{ code: 'lar-dispensing', from: '2025-01-01', to: '2026-12-31' }],
    // off duty (no on-duty period) until December: still may be assigned ahead
    availability: [{ status: 'on-duty', from: '2026-12-01', to: '2026-12-31' }],
  });
  scene.world.services.push(lar, yoga);
  scene.world.staffMembers.push(berit);
  const input = {
    actor: coordinator,
    serviceId: lar.id,
    staffId: berit.staffId,
    competency: 'lar-dispensing',
    from: '2026-11-23',
    to: '2026-12-06',
    reason: 'Back-up for LAR-utdeling under smitteutbrudd',
  };
  return {
    ...scene,
    lar,
    yoga,
    berit,
    input,
    assign: new AssignBackupStaff(scene.ports),
    end: new EndBackupAssignment(scene.ports),
    list: new ListBackupAssignments(scene.ports),
  };
}

describe('AssignBackupStaff (CR-5)', () => {
  it('records the assignment, audited, and lists it', async () => {
    const s = setup();
    const assignment = await s.assign.execute(s.input);
    expect(assignment).toMatchObject({
      serviceId: s.lar.id,
      staffId: s.berit.staffId,
      competency: 'lar-dispensing',
      from: '2026-11-23',
      to: '2026-12-06',
      assignedBy: 'coordinator-kari',
      endedAt: null,
    });
    expect(s.audit.entries).toEqual([
      expect.objectContaining({
        action: 'create',
        resourceType: 'crisis-backup-assignment',
        resourceId: assignment.id,
      }),
    ]);
    const page = await s.list.execute({ actor: coordinator, serviceId: s.lar.id, page: {} });
    expect(page.items.map((item) => item.id)).toEqual([assignment.id]);
  });

  it('refuses a staff member who does not hold the competency on the first day, and saves nothing', async () => {
    const s = setup();
    const refused = s.assign.execute({ ...s.input, from: '2027-01-01', to: '2027-01-10' });
    await expect(refused).rejects.toMatchObject({
      code: CrisisModeErrorCode.CompetencyNotHeld,
      violations: [expect.objectContaining({ field: 'staffId', rule: 'competency-held' })],
    });
    expect(s.backups.rows).toEqual([]);
    expect(s.audit.entries).toEqual([]);
  });

  it('without the roster’s competency lookup, the member must be available on the first day', async () => {
    const s = setup();
    const assign = new AssignBackupStaff({ ...s.ports, ...s.world.withoutCompetencyLookup() });
    await expect(assign.execute(s.input)).rejects.toMatchObject({
      code: CrisisModeErrorCode.CompetencyNotHeld,
    });
    await expect(assign.execute({ ...s.input, from: '2026-12-01' })).resolves.toMatchObject({
      from: '2026-12-01',
    });
  });

  it('answers not found for a staff member or service of another municipality', async () => {
    const s = setup();
    const osloNurse = aStaffMember({
      tenantId: OSLO,
      competencies: [{ code: 'lar-dispensing', from: '2025-01-01', to: null }],
    });
    const osloService = aService({
      tenantId: OSLO,
      critical: true,
      requiredCompetencies: ['lar-dispensing'],
    });
    s.world.staffMembers.push(osloNurse);
    s.world.services.push(osloService);
    await expect(
      s.assign.execute({ ...s.input, staffId: osloNurse.staffId }),
    ).rejects.toMatchObject({ code: 'not-found' });
    await expect(s.assign.execute({ ...s.input, serviceId: osloService.id })).rejects.toMatchObject(
      { code: 'not-found' },
    );
  });

  it('refuses a service that is not critical, and a competency the service does not need', async () => {
    const s = setup();
    await expect(s.assign.execute({ ...s.input, serviceId: s.yoga.id })).rejects.toMatchObject({
      violations: [expect.objectContaining({ field: 'serviceId', rule: 'critical-service' })],
    });
    await expect(
      s.assign.execute({ ...s.input, competency: 'field-nursing' }),
    ).rejects.toMatchObject({
      violations: [expect.objectContaining({ field: 'competency', rule: 'service-competency' })],
    });
  });

  it('accepts a competency the level in force sets a minimum for', async () => {
    const s = setup();
    const plan = aPlan([
      aLevel({ staffing: [{ serviceId: s.lar.id, competency: 'naloxone', minimum: 1 }] }),
    ]);
    await s.plans.insert(plan);
    s.activate(plan, 'red');
    s.world.staffMembers.push(
      aStaffMember({
        staffId: newId(),
        competencies: [{ code: 'naloxone', from: '2025-01-01', to: null }],
      }),
    );
    const naloxone = s.world.staffMembers.at(-1);
    await expect(
      s.assign.execute({ ...s.input, staffId: naloxone?.staffId ?? '', competency: 'naloxone' }),
    ).resolves.toMatchObject({ competency: 'naloxone' });
  });

  it('names every bad field at once', async () => {
    const s = setup();
    await expect(
      s.assign.execute({
        ...s.input,
        serviceId: 'x',
        competency: 'LAR',
        from: '2026-11-30',
        to: '2026-11-01',
        reason: ' ',
      }),
    ).rejects.toMatchObject({
      code: CrisisModeErrorCode.InvalidInput,
      violations: [
        expect.objectContaining({ field: 'serviceId' }),
        expect.objectContaining({ field: 'competency' }),
        expect.objectContaining({ field: 'to', rule: 'after-from' }),
        expect.objectContaining({ field: 'reason' }),
      ],
    });
    await expect(s.assign.execute({ ...s.input, to: '2027-11-24' })).rejects.toMatchObject({
      violations: [expect.objectContaining({ field: 'to', rule: 'max-period' })],
    });
  });
});

describe('EndBackupAssignment (CR-5)', () => {
  it('ends an assignment once; a second end is a conflict and changes nothing', async () => {
    const s = setup();
    const assignment = await s.assign.execute(s.input);
    const ended = await s.end.execute({ actor: coordinator, id: assignment.id });
    expect(ended).toMatchObject({ endedAt: s.clock.now(), endedBy: 'coordinator-kari' });
    await expect(
      s.end.execute({ actor: actor({ subject: 'lead-per' }), id: assignment.id }),
    ).rejects.toMatchObject({
      code: CrisisModeErrorCode.BackupAssignmentEnded,
    });
    expect((await s.backups.findById(assignment.tenantId, assignment.id))?.endedBy).toBe(
      'coordinator-kari',
    );
    const active = await s.list.execute({ actor: coordinator, activeOn: '2026-11-24', page: {} });
    expect(active.items).toEqual([]);
  });

  it('answers not found for an unknown id and for another municipality’s assignment', async () => {
    const s = setup();
    const assignment = await s.assign.execute(s.input);
    await expect(s.end.execute({ actor: coordinator, id: newId() })).rejects.toMatchObject({
      code: 'not-found',
    });
    await expect(
      s.end.execute({ actor: actor({ tenantId: OSLO }), id: assignment.id }),
    ).rejects.toMatchObject({
      code: 'not-found',
    });
  });
});

import { newId } from '@lavterskel/kernel';
import { OSLO, SKIEN, actor } from '../testing/in-memory-kernel';
import { aService, aStaffMember } from '../testing/other-library-builders';
import { reportsScene } from '../testing/reports-scene';
import { aLevel, aPlan } from '../testing/crisis-plan.builders';
import type { BackupAssignment } from './backup-assignment';
import { GetStaffingReport } from './get-staffing-report.use-case';

const coordinator = actor();
const MONDAY = '2026-11-23';

function setup() {
  const scene = reportsScene();
  const lar = aService({
    name: 'LAR-utdeling',
    critical: true,
    requiredCompetencies: ['lar-dispensing'],
  });
  const feltpleien = aService({
    name: 'Feltpleien',
    critical: true,
    requiredCompetencies: ['field-nursing'],
  });
  const yoga = aService({ name: 'Yoga', requiredCompetencies: [] });
  scene.world.services.push(lar, feltpleien, yoga);
  return { ...scene, lar, feltpleien, yoga, report: new GetStaffingReport(scene.ports) };
}

const backup = (overrides: Partial<BackupAssignment>): BackupAssignment => ({
  id: newId(),
  tenantId: SKIEN,
  serviceId: newId(),
  staffId: newId(),
  competency: 'lar-dispensing',
  from: '2026-11-23',
  to: '2026-11-29',
  reason: 'Back-up under smitteutbrudd',
  assignedBy: 'coordinator-kari',
  assignedAt: new Date('2026-11-20T08:00:00Z'),
  endedAt: null,
  endedBy: null,
  ...overrides,
});

describe('GetStaffingReport (CR-5)', () => {
  it('reports every critical service, one line per competency, with the gap against 1 without a crisis', async () => {
    const s = setup();
    s.world.staffMembers.push(
      aStaffMember({
        name: 'Anne',
        teamIds: [s.lar.teamId],
        competencies: [{ code: 'lar-dispensing', from: '2025-01-01', to: null }],
      }),
    );

    const report = await s.report.execute({ actor: coordinator });

    expect(report.on).toBe(MONDAY);
    expect(report.services.map((service) => service.service.name)).toEqual([
      'Feltpleien',
      'LAR-utdeling',
    ]);
    const [feltpleien, lar] = report.services;
    expect(lar.lines).toEqual([
      expect.objectContaining({
        competency: 'lar-dispensing',
        minimum: 1,
        gap: 0,
        available: [expect.objectContaining({ name: 'Anne', via: 'team' })],
      }),
    ]);
    expect(feltpleien.lines).toEqual([
      expect.objectContaining({ competency: 'field-nursing', minimum: 1, gap: 1, available: [] }),
    ]);
    expect(report).toMatchObject({ totalGap: 1, servicesWithGaps: 1 });
    expect(s.audit.entries).toEqual([
      expect.objectContaining({ action: 'search', resourceType: 'crisis-staffing' }),
    ]);
  });

  it('counts staff lent to a partner, sick or quarantined as away', async () => {
    const s = setup();
    const trained = {
      competencies: [{ code: 'lar-dispensing', from: '2025-01-01', to: null }],
      teamIds: [s.lar.teamId],
    };
    s.world.staffMembers.push(
      aStaffMember({ name: 'On duty', ...trained }),
      aStaffMember({
        name: 'Lent',
        ...trained,
        availability: [
          { status: 'on-duty', from: '2026-01-01', to: '2026-12-31' },
          { status: 'lent-to-partner', from: '2026-11-20', to: '2026-11-30' },
        ],
      }),
      aStaffMember({
        name: 'Sick',
        ...trained,
        availability: [
          { status: 'on-duty', from: '2026-01-01', to: '2026-12-31' },
          { status: 'sick', from: MONDAY, to: MONDAY },
        ],
      }),
      aStaffMember({
        name: 'Quarantined',
        ...trained,
        availability: [
          { status: 'on-duty', from: '2026-01-01', to: '2026-12-31' },
          { status: 'quarantined', from: '2026-11-22', to: '2026-11-24' },
        ],
      }),
      aStaffMember({
        name: 'Expired certificate',
        ...trained,
        competencies: [{ code: 'lar-dispensing', from: '2024-01-01', to: '2026-11-22' }],
      }),
    );
    await s.plans.insert(
      aPlan([
        aLevel({
          code: 'red',
          staffing: [{ serviceId: s.lar.id, competency: 'lar-dispensing', minimum: 3 }],
        }),
      ]),
    );
    const plan = (await s.plans.list(SKIEN, {})).items[0];
    s.activate(plan, 'red');

    const report = await s.report.execute({ actor: coordinator });
    const lar = report.services.find((service) => service.service.id === s.lar.id);

    expect(lar?.lines).toEqual([
      expect.objectContaining({
        minimum: 3,
        available: [expect.objectContaining({ name: 'On duty' })],
        gap: 2,
      }),
    ]);
    // Back on duty after the loan: counted again.
    const later = await s.report.execute({ actor: coordinator, on: '2026-12-01' });
    const larLater = later.services.find((service) => service.service.id === s.lar.id);
    expect(larLater?.lines[0].available.map((staff) => staff.name).sort()).toEqual([
      'Lent',
      'On duty',
      'Quarantined',
      'Sick',
    ]);
  });

  it('counts a back-up only on the days its assignment covers, and not after it was ended', async () => {
    const s = setup();
    const backupNurse = aStaffMember({
      name: 'Back-up Berit',
      competencies: [{ code: 'lar-dispensing', from: '2025-01-01', to: null }],
    });
    s.world.staffMembers.push(backupNurse);
    const assignment = backup({
      serviceId: s.lar.id,
      staffId: backupNurse.staffId,
      from: '2026-11-23',
      to: '2026-11-25',
    });
    await s.backups.insert(assignment);
    await s.backups.insert(
      backup({
        serviceId: s.lar.id,
        staffId: backupNurse.staffId,
        from: '2026-11-26',
        to: '2026-11-30',
        // ended on Thursday 26th (Oslo): it never counts
        endedAt: new Date('2026-11-26T07:00:00Z'),
        endedBy: 'coordinator-kari',
      }),
    );
    const larLine = async (on: string) =>
      (await s.report.execute({ actor: coordinator, on })).services.find(
        (x) => x.service.id === s.lar.id,
      )?.lines[0];

    expect(await larLine('2026-11-22')).toMatchObject({
      available: [],
      gap: 1,
      candidates: [{ staffId: backupNurse.staffId, name: 'Back-up Berit' }],
      candidateCount: 1,
    });
    expect(await larLine('2026-11-23')).toMatchObject({
      available: [{ staffId: backupNurse.staffId, via: 'backup', assignmentId: assignment.id }],
      gap: 0,
      candidates: [],
    });
    expect((await larLine('2026-11-25'))?.gap).toBe(0);
    expect((await larLine('2026-11-26'))?.gap).toBe(1);
  });

  it('a back-up for one competency does not count for another, nor for another service', async () => {
    const s = setup();
    const member = aStaffMember({
      competencies: [
        { code: 'lar-dispensing', from: '2025-01-01', to: null },
        { code: 'field-nursing', from: '2025-01-01', to: null },
      ],
    });
    s.world.staffMembers.push(member);
    await s.backups.insert(
      backup({ serviceId: s.lar.id, staffId: member.staffId, competency: 'lar-dispensing' }),
    );

    const report = await s.report.execute({ actor: coordinator });
    const gaps = Object.fromEntries(report.services.map((x) => [x.service.name, x.gap]));
    expect(gaps).toEqual({ 'LAR-utdeling': 0, Feltpleien: 1 });
  });

  it('adds lines for competencies the level sets a minimum for, and a team line for a service needing none', async () => {
    const s = setup();
    const mottak = aService({ name: 'Mottak', critical: true, requiredCompetencies: [] });
    s.world.services.push(mottak);
    s.world.staffMembers.push(aStaffMember({ name: 'Team member', teamIds: [mottak.teamId] }));
    const plan = aPlan([
      aLevel({
        code: 'red',
        staffing: [
          { serviceId: s.lar.id, competency: 'naloxone', minimum: 2 },
          { serviceId: s.lar.id, competency: 'lar-dispensing', minimum: 2 },
        ],
      }),
    ]);
    await s.plans.insert(plan);

    // A preview: the coordinator prepares before activating red.
    const report = await s.report.execute({ actor: coordinator, planId: plan.id, level: 'red' });

    expect(report.basis).toMatchObject({ level: 'red', preview: true });
    const lar = report.services.find((x) => x.service.id === s.lar.id);
    expect(lar?.lines.map((line) => [line.competency, line.minimum])).toEqual([
      ['lar-dispensing', 2],
      ['naloxone', 2],
    ]);
    const team = report.services.find((x) => x.service.id === mottak.id);
    expect(team?.lines).toEqual([
      expect.objectContaining({
        competency: null,
        minimum: 1,
        gap: 0,
        available: [expect.objectContaining({ via: 'team' })],
      }),
    ]);
  });

  it('sees only its own municipality', async () => {
    const s = setup();
    s.world.services.push(aService({ tenantId: OSLO, name: 'Oslo LAR', critical: true }));
    s.world.staffMembers.push(
      aStaffMember({
        tenantId: OSLO,
        teamIds: [s.lar.teamId],
        competencies: [{ code: 'lar-dispensing', from: '2025-01-01', to: null }],
      }),
    );
    const report = await s.report.execute({ actor: coordinator });
    expect(report.services.map((x) => x.service.name)).toEqual(['Feltpleien', 'LAR-utdeling']);
    expect(report.totalGap).toBe(2);
  });

  it('refuses a day that does not exist, naming the field', async () => {
    const s = setup();
    await expect(s.report.execute({ actor: coordinator, on: '2026-02-30' })).rejects.toMatchObject({
      violations: [expect.objectContaining({ field: 'on', rule: 'date' })],
    });
  });

  it('reads the roster and the assignments once for the whole municipality', async () => {
    const s = setup();
    for (let i = 0; i < 20; i++)
      s.world.services.push(
        aService({
          name: `Kritisk ${i}`,
          critical: true,
          requiredCompetencies: ['lar-dispensing'],
        }),
      );
    await s.report.execute({ actor: coordinator });
    expect(s.world.calls.get('staff.availableOn')).toBe(1);
    expect(s.world.calls.get('catalogue.list')).toBe(1);
  });
});

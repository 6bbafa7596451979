import { newId } from '@lavterskel/kernel';
import { ServicesErrorCode } from '../services-error';
import { SKIEN, actor, directUnitOfWork, recordingAudit } from '../testing/kernel-fakes';
import { ListStaffAvailability } from './list-staff-availability.use-case';
import type { AvailabilityPeriod, AvailabilityStatus, StaffProfile } from './staff-member';

describe('ListStaffAvailability', () => {
  const lar = newId();
  const felt = newId();
  const period = (
    staffId: string,
    status: AvailabilityStatus,
    from = '2026-11-01',
    to = '2026-11-30',
  ): AvailabilityPeriod => ({
    id: newId(),
    tenantId: SKIEN,
    staffId,
    status,
    from,
    to,
    partnerId: null,
    recordedBy: 'lead-per',
    recordedAt: new Date('2026-11-01T08:00:00Z'),
  });
  const profile = (
    name: string,
    options: { statuses: AvailabilityStatus[]; teams?: string[]; codes?: string[] },
  ): StaffProfile => {
    const id = newId();
    return {
      member: {
        id,
        tenantId: SKIEN,
        subject: name.toLowerCase(),
        name,
        profession: null,
        createdAt: new Date(),
      },
      memberships: (options.teams ?? []).map((teamId) => ({
        id: newId(),
        tenantId: SKIEN,
        teamId,
        staffId: id,
        joinedOn: '2026-01-01',
        leftOn: null,
      })),
      competencies: (options.codes ?? []).map((code) => ({
        id: newId(),
        tenantId: SKIEN,
        staffId: id,
        code,
        certifiedOn: '2026-01-01',
        expiresOn: code === 'expired' ? '2026-06-30' : null,
        recordedBy: 'lead-per',
        recordedAt: new Date(),
      })),
      availability: options.statuses.map((status) => period(id, status)),
    };
  };

  it('gives everyone rostered that day, available or absent, with their teams and valid competencies, by name', async () => {
    const profiles = [
      profile('Siri', { statuses: ['on-duty', 'sick'], teams: [lar], codes: ['lar-dispensing'] }),
      profile('Anne', {
        statuses: ['on-duty'],
        teams: [felt, lar],
        codes: ['field-nursing', 'expired'],
      }),
      profile('Lars', { statuses: ['lent-to-partner'], teams: [felt] }),
    ];
    const audit = recordingAudit();
    const useCase = new ListStaffAvailability({
      staff: { profilesOnDuty: async () => profiles },
      audit,
      unitOfWork: directUnitOfWork,
    });
    const staff = await useCase.execute({ actor: actor(), date: '2026-11-23' });
    expect(staff.map((s) => [s.name, s.availability, s.teamIds, s.competencies])).toEqual([
      ['Anne', 'available', [felt, lar].sort(), ['field-nursing']],
      ['Lars', 'absent', [felt], []],
      ['Siri', 'absent', [lar], ['lar-dispensing']],
    ]);
    expect(staff[0]?.subject).toBe('anne');
    expect(audit.entries).toEqual([
      expect.objectContaining({ action: 'search', resourceType: 'staff-availability' }),
    ]);
  });

  it('refuses a day that is not a date', async () => {
    const useCase = new ListStaffAvailability({
      staff: { profilesOnDuty: async () => [] },
      audit: recordingAudit(),
      unitOfWork: directUnitOfWork,
    });
    await expect(useCase.execute({ actor: actor(), date: '23.11.2026' })).rejects.toMatchObject({
      code: ServicesErrorCode.InvalidInput,
      violations: [expect.objectContaining({ field: 'date', rule: 'calendar-date' })],
    });
  });
});

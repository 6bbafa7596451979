import type { RecordedAuditEntry } from './audit';
import { accessLogLine, resourceInWords } from './access-log';

const entry = (overrides: Partial<RecordedAuditEntry> = {}): RecordedAuditEntry => ({
  id: 'a1',
  tenantId: '4003',
  occurredAt: new Date('2026-11-23T09:15:00Z'),
  actorSubject: 'nurse-ola',
  actorRoles: ['staff', 'team-lead'],
  action: 'read',
  resourceType: 'client',
  ...overrides,
});

describe('accessLogLine (innsyn)', () => {
  it('says who, from where, what and why in words', () => {
    expect(accessLogLine(entry({ reason: 'treatment coordination' }))).toMatchObject({
      actorSubject: 'nurse-ola',
      role: 'care staff, team lead',
      organisation: 'municipality 4003',
      what: 'looked at your client record',
      why: 'treatment coordination',
      breakGlass: false,
    });
  });

  it('marks a break-the-glass access and a refused attempt', () => {
    expect(
      accessLogLine(entry({ action: 'break-glass', reason: 'Found unconscious' })),
    ).toMatchObject({ breakGlass: true, why: 'Found unconscious' });
    expect(accessLogLine(entry({ action: 'denied' })).what).toBe(
      'tried, and was refused access to, your client record',
    );
  });

  it('names unknown resource types and roles as they are, readably', () => {
    expect(resourceInWords('health-measure')).toBe('health measure');
    expect(accessLogLine(entry({ actorRoles: [] })).role).toBe('no role');
  });
});

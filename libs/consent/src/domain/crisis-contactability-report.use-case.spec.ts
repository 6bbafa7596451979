import { KernelErrorCode, encodeCursor } from '@lavterskel/kernel';
import { CrisisContactabilityReport } from './crisis-contactability-report.use-case';
import { ConsentBuilder, MOTHER, NAV } from './testing/consent.builder';
import { OSLO, SKIEN, inMemoryConsentDependencies, staffActor } from './testing/consent-test-kit';

const coordinator = staffActor({ subject: 'coordinator-liv', roles: ['crisis-coordinator'] });
const id = (n: number) => `20000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

/** Ten active clients; those with an even number have a crisis consent, number 3 only a withdrawn one. */
function setUp() {
  const kit = inMemoryConsentDependencies();
  for (let n = 1; n <= 10; n += 1) {
    kit.roster.add(SKIEN, id(n));
    if (n % 2 === 0)
      kit.consents.rows.push(
        ConsentBuilder.create({
          clientId: id(n),
          purposes: ['crisis-contact'],
          recipients: [NAV, MOTHER],
        }),
      );
  }
  kit.consents.rows.push(
    ConsentBuilder.create({
      clientId: id(3),
      purposes: ['crisis-contact'],
      status: 'withdrawn',
      change: 'withdrawn',
    }),
  );
  kit.roster.add(SKIEN, id(11), false);
  kit.roster.add(OSLO, id(12));
  return { ...kit, report: new CrisisContactabilityReport(kit.deps) };
}

describe('CrisisContactabilityReport', () => {
  it('lists the active clients of the municipality in id order, with who may contact them', async () => {
    const { report } = setUp();
    const page = await report.execute({ actor: coordinator, page: { limit: 100 } });
    expect(page.items.map((client) => client.clientId)).toEqual(
      Array.from({ length: 10 }, (_, i) => id(i + 1)),
    );
    expect(page.items[1]?.contactableBy.map((contact) => contact.recipient)).toEqual([NAV, MOTHER]);
    expect(page.items[2]?.contactableBy).toEqual([]);
    expect(page.nextCursor).toBeNull();
  });

  it('fills a filtered page from further roster pages, and continues after the last client shown', async () => {
    const { report } = setUp();
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await report.execute({
        actor: coordinator,
        only: 'lacking',
        page: { limit: 2, cursor },
      });
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items.map((client) => client.clientId));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toEqual([1, 3, 5, 7, 9].map(id));
  });

  it('audits one search per page, and refuses a cursor it did not issue', async () => {
    const { report, auditEntries } = setUp();
    await report.execute({ actor: coordinator, only: 'contactable', page: {} });
    expect(auditEntries).toEqual([
      expect.objectContaining({ action: 'search', reason: 'crisis contactability (contactable)' }),
    ]);
    await expect(
      report.execute({ actor: coordinator, page: { cursor: encodeCursor([42]) } }),
    ).rejects.toMatchObject({
      code: KernelErrorCode.InvalidCursor,
    });
  });
});

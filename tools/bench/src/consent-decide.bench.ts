// CO-2: the sharing decision must be cheap enough to call on every request.
// Target: 10 000 decisions for one client with 20 consents in well under a second.
import { cpus } from 'node:os';
import { decide, type Consent, type Recipient, type SharingQuestion } from '@lavterskel/consent';
import type { Actor, TenantId } from '@lavterskel/kernel';

const tenantId = '4003' as TenantId;
const clientId = '6c0b3f5e-7a53-4a52-9d0b-5f1f2e0c9a11';
const actor: Actor = { subject: 'nurse-anne', tenantId, roles: ['staff'], teamIds: ['team-lar'] };
const at = new Date('2026-11-23T09:00:00Z');
const DAY = 86_400_000;

const recipients: Recipient[] = [
  { type: 'organisation', organisationNumber: '889640782', name: 'NAV' },
  { type: 'role', organisationNumber: '983971636', role: 'lar-doctor', name: 'LAR doctor, DPS' },
  { type: 'role', organisationNumber: '938583986', role: 'field-nurse', name: 'Field nursing' },
  {
    type: 'person',
    personId: '0f9a3c4e-5b6d-4e7f-8a9b-0c1d2e3f4a5b',
    name: 'Kari Nordmann',
    relationship: 'mother',
  },
];
const categories = [
  'contact-details',
  'attendance',
  'health',
  'substance-use',
  'lar-status',
  'mental-health',
  'wound-care',
  'crisis-plan',
  'location-for-delivery',
];
const purposes = [
  'treatment-coordination',
  'crisis-contact',
  'contact-tracing',
  'delivery',
  'medication-delivery',
  'food-delivery',
  'relatives-information',
];

/** 20 consents of one client: mostly active, some withdrawn, expired or future-dated. */
const consents: Consent[] = Array.from({ length: 20 }, (_, i) => {
  const validFrom = new Date(at.getTime() + (i % 7 === 3 ? 10 : -200 + i) * DAY);
  return {
    id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    tenantId,
    clientId,
    version: 1 + (i % 3),
    change: i % 5 === 4 ? 'withdrawn' : 'granted',
    status: i % 5 === 4 ? 'withdrawn' : 'active',
    categories: [
      categories[i % categories.length] ?? 'contact-details',
      categories[(i * 3) % categories.length] ?? 'attendance',
    ],
    purposes: [purposes[i % purposes.length] ?? 'crisis-contact'],
    recipients: [
      recipients[i % recipients.length] ?? {
        type: 'organisation',
        organisationNumber: '889640782',
      },
    ],
    validFrom,
    validTo: i % 6 === 5 ? new Date(at.getTime() - DAY) : new Date(validFrom.getTime() + 400 * DAY),
    method: 'written',
    grantedAt: validFrom,
    recordedBy: 'nurse-anne',
    recordedAt: validFrom,
    withdrawalReason: null,
  };
});

const mixed: SharingQuestion[] = Array.from({ length: 10_000 }, (_, i) => ({
  actor,
  clientId,
  category: categories[i % categories.length] ?? 'health',
  purpose: purposes[(i * 7) % purposes.length] ?? 'crisis-contact',
  recipient: recipients[(i * 3) % recipients.length] ?? {
    type: 'organisation',
    organisationNumber: '889640782',
  },
  at,
}));
// The slowest case: no consent names the recipient, so every one of the 20 is examined and explained.
const stranger: Recipient = { type: 'organisation', organisationNumber: '974760673' };
const allDenied: SharingQuestion[] = mixed.map((question) => ({
  ...question,
  recipient: stranger,
}));

function decideAll(questions: readonly SharingQuestion[]): number {
  let permits = 0;
  for (const question of questions)
    if (decide(question, { consents }).outcome === 'permit') permits += 1;
  return permits;
}

async function main(): Promise<void> {
  const { Bench } = await import('tinybench');
  const permits = decideAll(mixed);
  const bench = new Bench({ time: 3_000, warmupTime: 500 });
  bench
    .add('10 000 decisions, 20 consents, mixed questions', () => void decideAll(mixed))
    .add(
      '10 000 decisions, 20 consents, all denied (every consent explained)',
      () => void decideAll(allDenied),
    );
  await bench.run();

  console.log(
    `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}; ${permits} of 10 000 mixed questions permitted`,
  );
  console.table(
    bench.tasks.map((task) => {
      const result = task.result;
      const stats = result && 'latency' in result ? result.latency : undefined;
      return {
        case: task.name,
        runs: stats?.samplesCount,
        'mean ms / 10 000': stats?.mean.toFixed(2),
        'p99 ms / 10 000': stats?.p99.toFixed(2),
        'µs / decision': stats ? ((stats.mean * 1000) / 10_000).toFixed(2) : undefined,
      };
    }),
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

import { parseArgs } from 'node:util';
import { seedMunicipality } from './seed-municipality';

const USAGE = `Usage: npm run seed -- [--tenant 4003] [--clients 20000] [--staff 400] [--groups 1000]
       [--contacts-per-client 20] [--seed 42] [--today YYYY-MM-DD] [--database-url URL]

Fills one municipality in DATABASE_URL's database (the owner login; migrations run first)
with a register generated from the seed: the same seed and day give the same data.`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      tenant: { type: 'string', default: '4003' },
      clients: { type: 'string', default: '20000' },
      staff: { type: 'string', default: '400' },
      groups: { type: 'string', default: '1000' },
      'contacts-per-client': { type: 'string', default: '20' },
      seed: { type: 'string', default: '42' },
      today: { type: 'string' },
      'database-url': { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const databaseUrl = values['database-url'] ?? process.env['DATABASE_URL'];
  if (!databaseUrl) throw new Error('set DATABASE_URL or --database-url (the owner login)');
  const summary = await seedMunicipality({
    databaseUrl,
    tenant: values.tenant,
    clients: Number(values.clients),
    staff: Number(values.staff),
    groups: Number(values.groups),
    contactsPerClient: Number(values['contacts-per-client']),
    seed: Number(values.seed),
    today: values.today,
    progress: true,
  });
  const total = Object.values(summary.rows).reduce((sum, rows) => sum + rows, 0);
  console.log(
    `\nMunicipality ${summary.tenant}, seed ${summary.seed}, up to ${summary.today}: ${total} rows in ${summary.seconds.toFixed(1)} s`,
  );
  console.table(
    Object.fromEntries(Object.entries(summary.rows).map(([table, rows]) => [table, { rows }])),
  );
}

main().catch((error: unknown) => {
  console.error(`seed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});

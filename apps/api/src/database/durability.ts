import { withClient } from '@lavterskel/dev-postgres';

/** Settings under which PostgreSQL may lose or corrupt acknowledged writes. */
export function durabilityProblems(settings: {
  fsync: string;
  synchronousCommit: string;
}): string[] {
  return [
    settings.fsync !== 'on' && 'fsync is off (a crash can corrupt the database)',
    settings.synchronousCommit === 'off' &&
      'synchronous_commit is off (a crash can lose writes the API has acknowledged)',
  ].filter((problem): problem is string => Boolean(problem));
}

export class DatabaseNotDurableError extends Error {}

/** Refuses to serve on a database that may lose acknowledged writes: personal data must not vanish. */
export async function assertDurable(url: string, redacted: string): Promise<void> {
  const [fsync, synchronousCommit] = await withClient(url, async (client) => {
    const rows = await client.query<{ setting: string }>(
      `SELECT setting FROM pg_settings WHERE name = ANY($1) ORDER BY array_position($1, name)`,
      [['fsync', 'synchronous_commit']],
    );
    return rows.rows.map((row) => row.setting);
  });
  const problems = durabilityProblems({ fsync, synchronousCommit });
  if (problems.length > 0) {
    throw new DatabaseNotDurableError(
      `refusing the database at ${redacted}: ${problems.join('; ')}`,
    );
  }
}

import { createHash } from 'node:crypto';
import { withClient } from '@lavterskel/dev-postgres';
import { RUNTIME_ROLE } from '@lavterskel/kernel/typeorm';

export class UnsafeRuntimeRoleError extends Error {}

/**
 * The connection the API works through: `configured` (DATABASE_RUNTIME_URL), or else the
 * owner's server and database as the runtime role, with a password derived from the owner's
 * login so that every API process on that server agrees on it without configuration. The
 * owner sets that password when the runtime role cannot log in with it (a server that checks
 * passwords, e.g. the embedded one); on a trust-authenticated server nothing changes.
 * Either way, start-up refuses a runtime login that could get around the audit trail's
 * trigger or row-level security.
 */
export async function runtimeConnectionUrl(ownerUrl: string, configured?: string): Promise<string> {
  const url = configured ?? (await derivedRuntimeUrl(ownerUrl));
  await assertRestricted(url);
  return url;
}

async function derivedRuntimeUrl(ownerUrl: string): Promise<string> {
  const parsed = new URL(ownerUrl);
  // From the owner's login to the server, not the database: the role, and so its password, is
  // one for the whole server (every test database on it, every API process).
  const owner = `${parsed.username}:${parsed.password}@${parsed.host}`;
  parsed.username = RUNTIME_ROLE;
  parsed.password = createHash('sha256')
    .update(`${RUNTIME_ROLE}\n${owner}`)
    .digest('hex')
    .slice(0, 32);
  const url = parsed.toString();
  // Several API processes (or test files) may start at once: retry a lost race on the role's row.
  let lastError: unknown;
  for (let attempt = 0; attempt < 6; attempt += 1) {
    if (await canLogIn(url)) return url;
    try {
      await withClient(ownerUrl, (client) =>
        client.query(
          `ALTER ROLE ${RUNTIME_ROLE} LOGIN PASSWORD '${decodeURIComponent(parsed.password)}'`,
        ),
      );
    } catch (error) {
      lastError = error;
    }
  }
  const reason = lastError instanceof Error ? `: ${lastError.message}` : '';
  throw new UnsafeRuntimeRoleError(
    `the runtime role ${RUNTIME_ROLE} cannot log in${reason}; set DATABASE_RUNTIME_URL`,
  );
}

async function canLogIn(url: string): Promise<boolean> {
  try {
    await withClient(url, (client) => client.query('SELECT 1'));
    return true;
  } catch {
    return false;
  }
}

/** Not a superuser, no BYPASSRLS, owner of no table: it can neither drop a trigger nor skip a policy. */
async function assertRestricted(url: string): Promise<void> {
  const [role] = await withClient(url, async (client) => {
    const { rows } = await client.query<{
      name: string;
      superuser: boolean;
      bypassrls: boolean;
      owns: boolean;
    }>(
      `SELECT r.rolname AS name, r.rolsuper AS superuser, r.rolbypassrls AS bypassrls,
              EXISTS (SELECT 1 FROM pg_class c WHERE pg_has_role(r.oid, c.relowner, 'USAGE')
                        AND c.relnamespace NOT IN ('pg_catalog'::regnamespace, 'information_schema'::regnamespace)
                        AND c.relkind IN ('r', 'p')) AS owns
         FROM pg_roles r WHERE r.rolname = current_user`,
    );
    return rows;
  });
  if (!role) throw new UnsafeRuntimeRoleError('the runtime database login has no role');
  const problems = [
    role.superuser && 'is a superuser',
    role.bypassrls && 'has BYPASSRLS',
    role.owns && 'owns tables (or is a member of their owner)',
  ].filter(Boolean);
  if (problems.length > 0) {
    throw new UnsafeRuntimeRoleError(
      `the API's runtime database role ${role.name} ${problems.join(', ')}: it must be a non-owner role such as ${RUNTIME_ROLE}`,
    );
  }
}

import { parseArgs } from 'node:util';
import { signDevelopmentToken } from '@lavterskel/kernel/nest';
import { DEVELOPMENT_JWT_SECRET } from '../config/development-secret';

const USAGE = `Usage: npm run token -- --tenant 4003 [--role staff]... [--team <team id>]... [--subject name] [--expires 8h]

Prints a development bearer token signed with AUTH_JWT_SECRET (or the built-in development
secret), for an API that runs without AUTH_JWKS_URL. The API refuses tokens that live longer
than AUTH_MAX_TOKEN_LIFETIME (default 12h). Roles used by the API: staff, team-lead,
crisis-coordinator, privacy-officer.`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      tenant: { type: 'string' },
      role: { type: 'string', multiple: true, default: [] },
      team: { type: 'string', multiple: true, default: [] },
      subject: { type: 'string', default: 'developer' },
      name: { type: 'string' },
      expires: { type: 'string', default: '8h' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help || !values.tenant || !/^\d{4}$/.test(values.tenant)) {
    console.error(values.help ? USAGE : `--tenant must be a 4-digit kommunenummer.\n\n${USAGE}`);
    process.exit(values.help ? 0 : 2);
  }
  const token = await signDevelopmentToken({
    secret: process.env['AUTH_JWT_SECRET'] || DEVELOPMENT_JWT_SECRET,
    tenant: values.tenant,
    subject: values.subject,
    name: values.name,
    roles: values.role,
    teams: values.team,
    expiresIn: values.expires,
    issuer: process.env['AUTH_ISSUER'] || undefined,
    audience: process.env['AUTH_AUDIENCE'] || undefined,
  });
  console.log(token);
}

main().catch((error: unknown) => {
  console.error(`token: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});

import type { RecordedAuditEntry } from './audit';

/** One line of a client's access log (innsyn), in words a client can read. */
export interface AccessLogLine {
  id: string;
  occurredAt: Date;
  /** Who: the token subject, and their roles in words. */
  actorSubject: string;
  roles: readonly string[];
  role: string;
  /** The organisation: the municipality (kommunenummer) the access was made in. */
  organisation: string;
  /** What was done to which part of the record, in words. */
  what: string;
  action: RecordedAuditEntry['action'];
  resourceType: string;
  /** Why: the purpose or break-the-glass justification given; null when none was recorded. */
  why: string | null;
  breakGlass: boolean;
}

const ROLE_WORDS: Record<string, string> = {
  staff: 'care staff',
  'team-lead': 'team lead',
  'crisis-coordinator': 'crisis coordinator',
  'privacy-officer': 'privacy officer',
  client: 'you (the client)',
};

const ACTION_WORDS: Record<RecordedAuditEntry['action'], string> = {
  read: 'looked at',
  search: 'saw you in a list of',
  create: 'recorded',
  update: 'changed',
  delete: 'deleted',
  export: 'exported',
  disclose: 'shared',
  'break-glass': 'opened, without being part of your care, by breaking the glass:',
  denied: 'tried, and was refused access to,',
};

/** Resource types in words; anything not listed reads as its own name with dashes as spaces. */
const RESOURCE_WORDS: Record<string, string> = {
  client: 'your client record',
  caseload: 'a staff member’s caseload',
  enrolment: 'your enrolment in a service',
  encounter: 'an encounter with you',
  consent: 'your consents',
  'access-log': 'your access log',
  'audit-trail': 'the audit trail about you',
  record: 'a record',
};

export function resourceInWords(resourceType: string): string {
  return RESOURCE_WORDS[resourceType] ?? resourceType.replace(/[-_.]/g, ' ');
}

/** The plain-words line for one audit row. */
export function accessLogLine(entry: RecordedAuditEntry): AccessLogLine {
  const roles = [...entry.actorRoles];
  return {
    id: entry.id,
    occurredAt: entry.occurredAt,
    actorSubject: entry.actorSubject,
    roles,
    role: roles.map((role) => ROLE_WORDS[role] ?? role).join(', ') || 'no role',
    organisation: `municipality ${entry.tenantId}`,
    what: `${ACTION_WORDS[entry.action] ?? entry.action} ${resourceInWords(entry.resourceType)}`,
    action: entry.action,
    resourceType: entry.resourceType,
    why: entry.reason ?? null,
    breakGlass: entry.action === 'break-glass',
  };
}

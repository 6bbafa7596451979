import { isCalendarDay, isOrganisationNumber, isUuid, newId } from '@lavterskel/kernel';
import type { Relative } from '../relative/relative';
import { EMAIL_ADDRESS, PHONE_NUMBER, PHONE_NUMBER_MESSAGE } from '../shared/formats';
import { text } from '../shared/text';
import type { Violations } from '../shared/violations';
import {
  MAX_GROUP_CATEGORIES,
  MAX_GROUP_MEMBERS,
  MAX_MEMBER_TEXT_LENGTH,
  MEMBER_KINDS,
  ORGANISATION_KINDS,
  memberOn,
  type ExternalMember,
  type GroupMember,
  type MemberKind,
  type OrganisationKind,
} from './responsibility-group';

/** A member as written: an existing membership names its id, a new one has none. */
export interface MemberEntry {
  id?: string;
  kind: MemberKind;
  validFrom: string;
  validTo: string | null;
  /** staff */
  subject?: string;
  /** staff and external */
  name?: string;
  coordinator?: boolean;
  /** external */
  organisation?: { kind: OrganisationKind; name: string; organisationNumber: string | null };
  phone?: string | null;
  email?: string | null;
  /** relative */
  relativeId?: string;
}

export interface ResponsibilityGroupEntry {
  categories: readonly string[];
  members: readonly MemberEntry[];
}

/** A member as checked; an external's consent is asked afterwards (member-consent.ts). */
export type CheckedMember = Exclude<GroupMember, ExternalMember> | Omit<ExternalMember, 'consent'>;

const CATEGORY_CODE = /^[a-z0-9][a-z0-9-]{0,63}$/;

function required(violations: Violations, field: string, value: string | undefined): string {
  const trimmed = text(value);
  if (trimmed === null) violations.add(field, 'not-blank', 'must not be blank');
  else violations.maxLength(field, trimmed, MAX_MEMBER_TEXT_LENGTH);
  return trimmed ?? '';
}

function contact(
  violations: Violations,
  field: string,
  entry: MemberEntry,
): { phone: string | null; email: string | null } {
  const phone = text(entry.phone);
  const email = text(entry.email);
  if (phone !== null && !PHONE_NUMBER.test(phone))
    violations.add(`${field}.phone`, 'phone-number', PHONE_NUMBER_MESSAGE);
  if (email !== null && !EMAIL_ADDRESS.test(email))
    violations.add(`${field}.email`, 'email', 'must be an e-mail address');
  violations.maxLength(`${field}.email`, email, MAX_MEMBER_TEXT_LENGTH);
  return { phone, email };
}

function memberOf(
  entry: MemberEntry,
  field: string,
  relatives: ReadonlyMap<string, Relative>,
  violations: Violations,
): CheckedMember {
  const period = { id: entry.id ?? newId(), validFrom: entry.validFrom, validTo: entry.validTo };
  if (!isCalendarDay(entry.validFrom))
    violations.add(`${field}.validFrom`, 'calendar-date', 'must be a real date, YYYY-MM-DD');
  if (entry.validTo !== null && !isCalendarDay(entry.validTo))
    violations.add(`${field}.validTo`, 'calendar-date', 'must be a real date, YYYY-MM-DD or null');
  else if (entry.validTo !== null && entry.validTo < entry.validFrom)
    violations.add(`${field}.validTo`, 'not-before-from', 'must not be before validFrom');
  if (entry.coordinator === true && entry.kind !== 'staff')
    violations.add(`${field}.coordinator`, 'staff-only', 'only a staff member can coordinate');
  switch (entry.kind) {
    case 'staff':
      return {
        ...period,
        kind: 'staff',
        subject: required(violations, `${field}.subject`, entry.subject),
        name: required(violations, `${field}.name`, entry.name),
        coordinator: entry.coordinator === true,
      };
    case 'external': {
      const organisation = entry.organisation;
      if (!organisation || !ORGANISATION_KINDS.includes(organisation.kind))
        violations.add(
          `${field}.organisation.kind`,
          'is-in',
          `must be one of: ${ORGANISATION_KINDS.join(', ')}`,
        );
      const organisationNumber = text(organisation?.organisationNumber);
      if (organisationNumber !== null && !isOrganisationNumber(organisationNumber))
        violations.add(
          `${field}.organisation.organisationNumber`,
          'organisation-number',
          'must be a valid 9-digit organisation number',
        );
      return {
        ...period,
        kind: 'external',
        organisation: {
          kind: organisation?.kind ?? 'other',
          name: required(violations, `${field}.organisation.name`, organisation?.name),
          organisationNumber,
        },
        name: required(violations, `${field}.name`, entry.name),
        ...contact(violations, field, entry),
      };
    }
    case 'relative': {
      const relative = entry.relativeId ? relatives.get(entry.relativeId) : undefined;
      if (!relative)
        violations.add(
          `${field}.relativeId`,
          'known-relative',
          'must be one of the client’s relatives or trusted persons',
        );
      return {
        ...period,
        kind: 'relative',
        relativeId: entry.relativeId ?? '',
        name: relative?.name ?? '',
      };
    }
    case 'client':
      return { ...period, kind: 'client' };
    default:
      violations.add(`${field}.kind`, 'is-in', `must be one of: ${MEMBER_KINDS.join(', ')}`);
      return { ...period, kind: 'client' };
  }
}

/** Who a member is, to find the same person twice. */
function identityOf(member: CheckedMember): string {
  switch (member.kind) {
    case 'staff':
      return `staff:${member.subject}`;
    case 'relative':
      return `relative:${member.relativeId}`;
    case 'client':
      return 'client';
    case 'external':
      return `external:${member.organisation.organisationNumber ?? member.organisation.name}:${member.name}`;
  }
}

/**
 * Checks a group as written and gives new members their ids. `current` is the group's members
 * being replaced (ids named must be theirs); `relatives` the client's relatives. Exactly one
 * member is the coordinator: a staff member in the group on `today`.
 */
export function validateResponsibilityGroup(
  entry: ResponsibilityGroupEntry,
  context: {
    current: readonly GroupMember[];
    relatives: readonly Relative[];
    today: string;
  },
  violations: Violations,
): { categories: string[]; members: CheckedMember[] } {
  if (entry.categories.length === 0)
    violations.add('categories', 'min-items', 'must name at least one category');
  if (entry.categories.length > MAX_GROUP_CATEGORIES)
    violations.add('categories', 'max-items', `must have at most ${MAX_GROUP_CATEGORIES} items`);
  entry.categories.forEach((category, index) => {
    if (!CATEGORY_CODE.test(category))
      violations.add(`categories[${index}]`, 'category-code', 'must be a code such as "health"');
  });
  if (new Set(entry.categories).size !== entry.categories.length)
    violations.add('categories', 'unique-items', 'must not name a category twice');

  if (entry.members.length > MAX_GROUP_MEMBERS)
    violations.add('members', 'max-items', `must have at most ${MAX_GROUP_MEMBERS} members`);
  const known = new Set(context.current.map((member) => member.id));
  const relatives = new Map(context.relatives.map((relative) => [relative.id, relative]));
  const members = entry.members.map((member, index) => {
    const field = `members[${index}]`;
    if (member.id !== undefined && !(isUuid(member.id) && known.has(member.id)))
      violations.add(
        `${field}.id`,
        'known-member',
        'must be a member of the group (leave it out for a new one)',
      );
    return memberOf(member, field, relatives, violations);
  });
  const ids = entry.members.flatMap((member) => (member.id === undefined ? [] : [member.id]));
  if (new Set(ids).size !== ids.length)
    violations.add('members', 'unique-ids', 'must not name a member twice');
  const seen = new Set<string>();
  members.forEach((member, index) => {
    const identity = identityOf(member);
    if (seen.has(identity))
      violations.add(`members[${index}]`, 'unique-member', 'is already a member of the group');
    seen.add(identity);
  });

  const coordinators = members.filter((member) => member.kind === 'staff' && member.coordinator);
  if (coordinators.length !== 1)
    violations.add(
      'members',
      'one-coordinator',
      'must mark exactly one staff member as the coordinator',
    );
  else if (!memberOn(coordinators[0] as GroupMember, context.today))
    violations.add(
      `members[${members.indexOf(coordinators[0] as CheckedMember)}].coordinator`,
      'coordinator-in-group',
      'the coordinator must be in the group today',
    );
  return { categories: [...entry.categories], members };
}

import type { GroupMember, ResponsibilityGroup } from './responsibility-group';

/** The codes of the roles a member has in the group: the coordinator, staff, each kind of external, relative, client. */
export const GROUP_ROLE_SYSTEM = 'https://lavterskel.no/fhir/CodeSystem/responsibility-group-role';
/** Staff members by their token subject. */
export const STAFF_SUBJECT_SYSTEM = 'https://lavterskel.no/fhir/sid/staff-subject';
/** Enhetsregisteret's organisation numbers (the Norwegian national OID). */
export const ORGANISATION_NUMBER_SYSTEM = 'urn:oid:2.16.578.1.12.4.1.4.101';
const LOINC = 'http://loinc.org';

type Reference = {
  reference?: string;
  type?: string;
  display?: string;
  identifier?: { system: string; value: string };
};

export interface FhirContainedOrganization {
  resourceType: 'Organization';
  id: string;
  identifier?: { system: string; value: string }[];
  name: string;
}

export interface FhirContainedPractitioner {
  resourceType: 'Practitioner';
  id: string;
  name: { text: string }[];
  telecom?: { system: 'phone' | 'email'; value: string }[];
}

export interface FhirCareTeamParticipant {
  role: { coding: { system: string; code: string; display: string }[]; text: string }[];
  member: Reference;
  onBehalfOf?: Reference;
  period: { start: string; end?: string };
}

export interface FhirCareTeam {
  resourceType: 'CareTeam';
  id: string;
  contained?: (FhirContainedOrganization | FhirContainedPractitioner)[];
  status: 'active';
  category: { coding: { system: string; code: string; display: string }[] }[];
  name: string;
  subject: { reference: string };
  period: { start: string };
  participant: FhirCareTeamParticipant[];
}

const ROLE_DISPLAY: Record<string, string> = {
  coordinator: 'Coordinator (koordinator)',
  staff: 'Municipal staff',
  gp: 'General practitioner (fastlege)',
  dps: 'District psychiatric centre (DPS)',
  tsb: 'Specialised substance-use treatment (TSB)',
  nav: 'NAV',
  'child-welfare': 'Child welfare (barnevern)',
  housing: 'Housing service',
  other: 'Other external service',
  relative: 'Relative or trusted person',
  client: 'The client',
};

function roleCode(member: GroupMember): string {
  switch (member.kind) {
    case 'staff':
      return member.coordinator ? 'coordinator' : 'staff';
    case 'external':
      return member.organisation.kind;
    default:
      return member.kind;
  }
}

function participantOf(
  member: GroupMember,
  clientId: string,
): {
  participant: FhirCareTeamParticipant;
  contained: (FhirContainedOrganization | FhirContainedPractitioner)[];
} {
  const code = roleCode(member);
  const display = ROLE_DISPLAY[code] ?? code;
  const base = {
    role: [{ coding: [{ system: GROUP_ROLE_SYSTEM, code, display }], text: display }],
    period: { start: member.validFrom, ...(member.validTo ? { end: member.validTo } : {}) },
  };
  switch (member.kind) {
    case 'staff':
      return {
        participant: {
          ...base,
          member: {
            type: 'Practitioner',
            display: member.name,
            identifier: { system: STAFF_SUBJECT_SYSTEM, value: member.subject },
          },
        },
        contained: [],
      };
    case 'relative':
      return {
        participant: { ...base, member: { type: 'RelatedPerson', display: member.name } },
        contained: [],
      };
    case 'client':
      return {
        participant: { ...base, member: { reference: `Patient/${clientId}` } },
        contained: [],
      };
    case 'external': {
      const telecom = [
        ...(member.phone ? [{ system: 'phone' as const, value: member.phone }] : []),
        ...(member.email ? [{ system: 'email' as const, value: member.email }] : []),
      ];
      const practitioner: FhirContainedPractitioner = {
        resourceType: 'Practitioner',
        id: `person-${member.id}`,
        name: [{ text: member.name }],
        ...(telecom.length > 0 ? { telecom } : {}),
      };
      const organisation: FhirContainedOrganization = {
        resourceType: 'Organization',
        id: `organisation-${member.id}`,
        ...(member.organisation.organisationNumber
          ? {
              identifier: [
                {
                  system: ORGANISATION_NUMBER_SYSTEM,
                  value: member.organisation.organisationNumber,
                },
              ],
            }
          : {}),
        name: member.organisation.name,
      };
      return {
        participant: {
          ...base,
          member: { reference: `#${practitioner.id}`, display: member.name },
          onBehalfOf: { reference: `#${organisation.id}`, display: member.organisation.name },
        },
        contained: [practitioner, organisation],
      };
    }
  }
}

/**
 * The group as a FHIR R4 CareTeam: one participant per member with its role and period;
 * external professionals and their organisations are contained resources (they have no
 * record of their own here); staff and relatives are named with display references.
 */
export function responsibilityGroupCareTeam(group: ResponsibilityGroup): FhirCareTeam {
  const parts = group.members.map((member) => participantOf(member, group.clientId));
  const contained = parts.flatMap((part) => part.contained);
  return {
    resourceType: 'CareTeam',
    id: group.id,
    ...(contained.length > 0 ? { contained } : {}),
    status: 'active',
    category: [
      {
        coding: [
          {
            system: LOINC,
            code: 'LA28865-6',
            display: 'Longitudinal care-coordination focused care team',
          },
        ],
      },
    ],
    name: 'Ansvarsgruppe',
    subject: { reference: `Patient/${group.clientId}` },
    period: { start: group.createdAt.toISOString() },
    participant: parts.map((part) => part.participant),
  };
}

import type { Cohort } from './cohort';
import type { Group } from './group';
import type { Weekday } from './schedule';

/** The parts of a FHIR R4 `Group` this library writes. */
export interface FhirGroup {
  resourceType: 'Group';
  id: string;
  identifier: { system: string; value: string }[];
  active: boolean;
  type: 'person';
  actual: true;
  name: string;
  quantity: number;
  characteristic: {
    code: { text: string };
    valueCodeableConcept: {
      coding: { system: string; code: string; display: string }[];
      text: string;
    };
    exclude: false;
  }[];
  member?: { entity: { reference: string } }[];
}

/** FHIR's days-of-week code system (http://hl7.org/fhir/days-of-week). */
const DAYS_OF_WEEK = 'http://hl7.org/fhir/days-of-week';
const DAY_CODES: Record<Weekday, string> = {
  monday: 'mon',
  tuesday: 'tue',
  wednesday: 'wed',
  thursday: 'thu',
  friday: 'fri',
  saturday: 'sat',
  sunday: 'sun',
};

/**
 * a cohort as a FHIR R4 `Group` of persons; members are `Patient/{clientId}`. `quantity`
 * counts every member, `member` lists only those the caller may see.
 */
export function cohortAsFhirGroup(input: {
  group: Group;
  cohort: Cohort;
  memberCount: number;
  visibleClientIds: readonly string[];
}): FhirGroup {
  const { group, cohort } = input;
  const day = cohort.slot.weekday.charAt(0).toUpperCase() + cohort.slot.weekday.slice(1);
  return {
    resourceType: 'Group',
    id: cohort.id,
    identifier: [{ system: 'urn:ietf:rfc:3986', value: `urn:uuid:${cohort.id}` }],
    active: cohort.status === 'active',
    type: 'person',
    actual: true,
    name: `${group.name}, ${day} ${cohort.slot.startTime}`,
    quantity: input.memberCount,
    characteristic: [
      {
        code: { text: 'Weekly meeting time (Europe/Oslo)' },
        valueCodeableConcept: {
          coding: [{ system: DAYS_OF_WEEK, code: DAY_CODES[cohort.slot.weekday], display: day }],
          text: `${day} ${cohort.slot.startTime}`,
        },
        exclude: false,
      },
    ],
    ...(input.visibleClientIds.length > 0
      ? {
          member: [...input.visibleClientIds]
            .sort()
            .map((clientId) => ({ entity: { reference: `Patient/${clientId}` } })),
        }
      : {}),
  };
}

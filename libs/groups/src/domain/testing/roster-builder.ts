import type { Cohort } from '../cohort';
import type { Group } from '../group';
import type { Membership } from '../membership';
import type { Roster } from '../roster';
import type { ScheduleSlot, TimeSlot } from '../schedule';
import { SKIEN } from './in-memory-ports';
import { slot } from './builders';

const T0 = new Date('2026-11-02T08:00:00Z');

export interface RosterSpec {
  capacity?: number;
  schedule?: ScheduleSlot[];
  /** Cohorts with their member ids (clients `c-<member id>`). */
  cohorts?: {
    id: string;
    slot: TimeSlot;
    maxSize: number;
    members: (string | { id: string; preferredSlot: TimeSlot })[];
  }[];
  waitlisted?: string[];
}

/** A roster for pure rule tests: readable ids, members joined in the order given. */
export const RosterBuilder = {
  create(spec: RosterSpec = {}): Roster {
    const group: Group = {
      id: 'group-1',
      tenantId: SKIEN,
      serviceId: '3f1d2c4b-5a69-4e7f-8a1b-2c3d4e5f6a7b',
      name: 'Walk and talk',
      locationKind: 'outdoor',
      capacity: spec.capacity ?? 100,
      schedule: spec.schedule ?? [slot('monday', '10:00'), slot('monday', '14:00')],
      activeArrangementId: null,
      version: 1,
      createdAt: T0,
      updatedAt: T0,
    };
    let joined = 0;
    const member = (id: string, fields: Partial<Membership>): Membership => {
      joined += 1;
      return {
        id,
        tenantId: SKIEN,
        groupId: group.id,
        clientId: `c-${id}`,
        status: 'active',
        cohortId: null,
        preferredSlot: null,
        joinedAt: new Date(T0.getTime() + joined * 60_000),
        waitlistedAt: null,
        leftAt: null,
        version: 1,
        ...fields,
      };
    };
    const cohorts: Cohort[] = (spec.cohorts ?? []).map((cohort) => ({
      id: cohort.id,
      tenantId: SKIEN,
      groupId: group.id,
      slot: cohort.slot,
      maxSize: cohort.maxSize,
      status: 'active',
      createdAt: T0,
    }));
    const members = [
      ...(spec.cohorts ?? []).flatMap((cohort) =>
        cohort.members.map((entry) =>
          typeof entry === 'string'
            ? member(entry, { cohortId: cohort.id })
            : member(entry.id, { cohortId: cohort.id, preferredSlot: entry.preferredSlot }),
        ),
      ),
      ...(spec.waitlisted ?? []).map((id) =>
        member(id, {
          status: 'waitlisted',
          waitlistedAt: new Date(T0.getTime() + joined * 60_000),
        }),
      ),
    ];
    return { group, cohorts, members };
  },
};

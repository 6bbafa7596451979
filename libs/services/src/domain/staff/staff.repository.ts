import type { Page, PageRequest, TenantId } from '@lavterskel/kernel';
import type { IsoDate } from '../shared/calendar';
import type {
  AvailabilityPeriod,
  Competency,
  StaffMember,
  StaffProfile,
  TeamMembership,
} from './staff-member';

export interface StaffRepository {
  /** Throws `services.already-exists` when another staff member has the same subject. */
  insert(member: StaffMember): Promise<void>;
  findById(tenantId: TenantId, id: string): Promise<StaffMember | null>;
  /** The member with memberships, competencies and availability; `null` when missing. */
  findProfile(tenantId: TenantId, id: string): Promise<StaffProfile | null>;
  /** The ids among `ids` that are staff members of the municipality. */
  existing(tenantId: TenantId, ids: readonly string[]): Promise<Set<string>>;
  list(tenantId: TenantId, page: PageRequest): Promise<Page<StaffMember>>;
  /** Throws `services.already-exists` when the member is already in the team. */
  insertMembership(membership: TeamMembership): Promise<void>;
  findMembership(
    tenantId: TenantId,
    staffId: string,
    membershipId: string,
  ): Promise<TeamMembership | null>;
  /** Sets `leftOn` if the membership is still open; false when it was already ended. */
  endMembership(membership: TeamMembership): Promise<boolean>;
  insertCompetency(competency: Competency): Promise<void>;
  insertAvailability(period: AvailabilityPeriod): Promise<void>;
  /** Everyone with an availability period covering `day`, with what decides whether they can work then. */
  profilesOnDuty(tenantId: TenantId, day: IsoDate): Promise<StaffProfile[]>;
  /**
   * The availability periods covering `day` of the staff members whose token subjects are among
   * `subjects`, by subject (a subject without such a period is absent from the map).
   */
  availabilityOfSubjects(
    tenantId: TenantId,
    subjects: readonly string[],
    day: IsoDate,
  ): Promise<Map<string, AvailabilityPeriod[]>>;
  /** Teams the staff member with token subject `subject` is a member of on `day`; empty when unknown. */
  teamsOfSubject(tenantId: TenantId, subject: string, day: IsoDate): Promise<string[]>;
}

import type { Page, PageRequest, TenantId } from '@lavterskel/kernel';
import { keysetPage, type EntityManagerAccessor } from '@lavterskel/kernel/typeorm';
import { In, IsNull } from 'typeorm';
import type { IsoDate } from '../../domain/shared/calendar';
import type {
  AvailabilityPeriod,
  Competency,
  StaffMember,
  StaffProfile,
  TeamMembership,
} from '../../domain/staff/staff-member';
import type { StaffRepository } from '../../domain/staff/staff.repository';
import { alreadyExists } from '../shared/already-exists';
import { mapUniqueViolation } from '../shared/unique-violation';
import { AvailabilityPeriodEntity } from './availability-period.entity';
import { CompetencyEntity } from './competency.entity';
import { StaffMemberEntity } from './staff-member.entity';
import {
  fromAvailability,
  toAvailability,
  toCompetency,
  toMembership,
  toStaffMember,
} from './staff.mapper';
import { TeamMembershipEntity } from './team-membership.entity';

export class TypeOrmStaffRepository implements StaffRepository {
  constructor(private readonly manager: EntityManagerAccessor) {}

  async insert(member: StaffMember): Promise<void> {
    await mapUniqueViolation(() => this.manager().insert(StaffMemberEntity, member), {
      staff_member_tenant_subject_key: () =>
        alreadyExists('subject', 'A staff member with this subject'),
    });
  }

  async findById(tenantId: TenantId, id: string): Promise<StaffMember | null> {
    const row = await this.manager().findOneBy(StaffMemberEntity, { tenantId, id });
    return row && toStaffMember(row);
  }

  async findProfile(tenantId: TenantId, id: string): Promise<StaffProfile | null> {
    const member = await this.findById(tenantId, id);
    if (!member) return null;
    const [profile] = await this.profilesOf(tenantId, [member]);
    return profile ?? null;
  }

  async existing(tenantId: TenantId, ids: readonly string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const rows = await this.manager().find(StaffMemberEntity, {
      select: { id: true },
      where: { tenantId, id: In([...ids]) },
    });
    return new Set(rows.map((row) => row.id));
  }

  async list(tenantId: TenantId, page: PageRequest): Promise<Page<StaffMember>> {
    const query = this.manager()
      .createQueryBuilder(StaffMemberEntity, 'm')
      .where('m.tenant_id = :tenantId', { tenantId });
    const result = await keysetPage(
      query,
      { columns: ['m.name', 'm.id'], key: (row) => [row.name, row.id], direction: 'ASC' },
      page,
    );
    return { items: result.items.map(toStaffMember), nextCursor: result.nextCursor };
  }

  async insertMembership(membership: TeamMembership): Promise<void> {
    await mapUniqueViolation(() => this.manager().insert(TeamMembershipEntity, membership), {
      team_membership_open_key: () =>
        alreadyExists('teamId', 'A membership of this staff member in this team'),
    });
  }

  async findMembership(
    tenantId: TenantId,
    staffId: string,
    membershipId: string,
  ): Promise<TeamMembership | null> {
    const row = await this.manager().findOneBy(TeamMembershipEntity, {
      tenantId,
      staffId,
      id: membershipId,
    });
    return row && toMembership(row);
  }

  async endMembership(membership: TeamMembership): Promise<boolean> {
    const result = await this.manager().update(
      TeamMembershipEntity,
      { tenantId: membership.tenantId, id: membership.id, leftOn: IsNull() },
      { leftOn: membership.leftOn },
    );
    return result.affected === 1;
  }

  async insertCompetency(competency: Competency): Promise<void> {
    await this.manager().insert(CompetencyEntity, competency);
  }

  async insertAvailability(period: AvailabilityPeriod): Promise<void> {
    await this.manager().insert(AvailabilityPeriodEntity, fromAvailability(period));
  }

  async profilesOnDuty(tenantId: TenantId, day: IsoDate): Promise<StaffProfile[]> {
    const members = await this.manager()
      .createQueryBuilder(StaffMemberEntity, 'm')
      .where('m.tenant_id = :tenantId', { tenantId })
      .andWhere(
        `EXISTS (SELECT 1 FROM services.availability_period a
                 WHERE a.tenant_id = m.tenant_id AND a.staff_id = m.id AND a.from_date <= :day AND a.to_date >= :day)`,
        { day },
      )
      .getMany();
    return this.profilesOf(tenantId, members.map(toStaffMember));
  }

  async availabilityOfSubjects(
    tenantId: TenantId,
    subjects: readonly string[],
    day: IsoDate,
  ): Promise<Map<string, AvailabilityPeriod[]>> {
    const bySubject = new Map<string, AvailabilityPeriod[]>();
    if (subjects.length === 0) return bySubject;
    const rows: (AvailabilityPeriodEntity & { subject: string })[] = await this.manager().query(
      `SELECT m.subject, a.id, a.tenant_id AS "tenantId", a.staff_id AS "staffId", a.status,
              a.from_date::text AS "fromDate", a.to_date::text AS "toDate", a.partner_id AS "partnerId",
              a.recorded_by AS "recordedBy", a.recorded_at AS "recordedAt"
         FROM services.availability_period a
         JOIN services.staff_member m ON m.tenant_id = a.tenant_id AND m.id = a.staff_id
        WHERE a.tenant_id = $1 AND m.subject = ANY($2::text[]) AND a.from_date <= $3 AND a.to_date >= $3
        ORDER BY a.from_date, a.id`,
      [tenantId, subjects, day],
    );
    for (const row of rows) {
      bySubject.set(row.subject, [...(bySubject.get(row.subject) ?? []), toAvailability(row)]);
    }
    return bySubject;
  }

  async teamsOfSubject(tenantId: TenantId, subject: string, day: IsoDate): Promise<string[]> {
    const rows = await this.manager()
      .createQueryBuilder(TeamMembershipEntity, 't')
      .select('t.team_id', 'teamId')
      .innerJoin(StaffMemberEntity, 'm', 'm.tenant_id = t.tenant_id AND m.id = t.staff_id')
      .where('t.tenant_id = :tenantId AND m.subject = :subject', { tenantId, subject })
      .andWhere('t.joined_on <= :day AND (t.left_on IS NULL OR t.left_on >= :day)', { day })
      .getRawMany<{ teamId: string }>();
    return rows.map((row) => row.teamId);
  }

  /** Loads memberships, competencies and availability of `members` in three queries. */
  private async profilesOf(tenantId: TenantId, members: StaffMember[]): Promise<StaffProfile[]> {
    if (members.length === 0) return [];
    const staffId = In(members.map((member) => member.id));
    const manager = this.manager();
    const memberships = await manager.find(TeamMembershipEntity, {
      where: { tenantId, staffId },
      order: { joinedOn: 'ASC' },
    });
    const competencies = await manager.find(CompetencyEntity, {
      where: { tenantId, staffId },
      order: { certifiedOn: 'ASC' },
    });
    const availability = await manager.find(AvailabilityPeriodEntity, {
      where: { tenantId, staffId },
      order: { fromDate: 'ASC' },
    });
    const membershipsOf = groupByStaff(memberships);
    const competenciesOf = groupByStaff(competencies);
    const availabilityOf = groupByStaff(availability);
    return members.map((member) => ({
      member,
      memberships: (membershipsOf.get(member.id) ?? []).map(toMembership),
      competencies: (competenciesOf.get(member.id) ?? []).map(toCompetency),
      availability: (availabilityOf.get(member.id) ?? []).map(toAvailability),
    }));
  }
}

/** Rows by staff member, in their order: one pass instead of a filter per member. */
function groupByStaff<Row extends { staffId: string }>(rows: readonly Row[]): Map<string, Row[]> {
  const byStaff = new Map<string, Row[]>();
  for (const row of rows) {
    const group = byStaff.get(row.staffId);
    if (group) group.push(row);
    else byStaff.set(row.staffId, [row]);
  }
  return byStaff;
}

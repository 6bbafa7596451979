import type { LibraryPersistence } from '@lavterskel/kernel/typeorm';
import { ServiceModeChangeEntity } from './catalogue/service-mode-change.entity';
import { ServiceEntity } from './catalogue/service.entity';
import { TeamEntity } from './catalogue/team.entity';
import { DispensingEventEntity } from './dispensing/dispensing-event.entity';
import { PrescriptionTransferEntity } from './dispensing/prescription-transfer.entity';
import { PrescriptionEntity } from './dispensing/prescription.entity';
import { DistributionRecordEntity } from './distribution/distribution-record.entity';
import { EnrolmentEntity } from './enrolment/enrolment.entity';
import { HealthMeasureEntity } from './health/health-measure.entity';
import { servicesMigrations } from './migrations';
import { MissionEntity } from './outreach/mission.entity';
import { OutreachContactEntity } from './outreach/outreach-contact.entity';
import { OutreachPlaceEntity } from './outreach/outreach-place.entity';
import { OutreachRequestEntity } from './outreach/outreach-request.entity';
import { CooperationMeetingEntity } from './partners/cooperation-meeting.entity';
import { EscalationEntity } from './partners/escalation.entity';
import { PartnerEntity } from './partners/partner.entity';
import { ReferralStatusChangeEntity } from './referrals/referral-status-change.entity';
import { ReferralEntity } from './referrals/referral.entity';
import { AvailabilityPeriodEntity } from './staff/availability-period.entity';
import { CompetencyEntity } from './staff/competency.entity';
import { StaffMemberEntity } from './staff/staff-member.entity';
import { TeamMembershipEntity } from './staff/team-membership.entity';

/** What this library adds to a DataSource: its entities (schema `services`) and migrations. */
export const servicesPersistence: LibraryPersistence = {
  name: 'services',
  schema: 'services',
  entities: [
    TeamEntity,
    ServiceEntity,
    ServiceModeChangeEntity,
    PartnerEntity,
    StaffMemberEntity,
    TeamMembershipEntity,
    CompetencyEntity,
    AvailabilityPeriodEntity,
    EnrolmentEntity,
    PrescriptionEntity,
    PrescriptionTransferEntity,
    DispensingEventEntity,
    DistributionRecordEntity,
    OutreachPlaceEntity,
    OutreachRequestEntity,
    MissionEntity,
    OutreachContactEntity,
    CooperationMeetingEntity,
    EscalationEntity,
    HealthMeasureEntity,
    ReferralEntity,
    ReferralStatusChangeEntity,
  ],
  migrations: servicesMigrations,
};

import type { AuditLog, CareRelations, Clock, UnitOfWork } from '@lavterskel/kernel';
import type { ServiceRepository } from './catalogue/service.repository';
import type { TeamRepository } from './catalogue/team.repository';
import type { ServicesCrisisRules } from './crisis-rules/services-crisis-rules';
import type { DispensingRepository } from './dispensing/dispensing.repository';
import type { PrescriptionRepository } from './dispensing/prescription.repository';
import type { DistributionRepository } from './distribution/distribution.repository';
import type { ClientDirectory } from './shared/client-directory';
import type { EnrolmentRepository } from './enrolment/enrolment.repository';
import type { HealthMeasureRepository } from './health/health-measure.repository';
import type { OutreachRepository } from './outreach/outreach.repository';
import type { CooperationRepository } from './partners/cooperation.repository';
import type { PartnerRepository } from './partners/partner.repository';
import type { ReferralRepository } from './referrals/referral.repository';
import type { ReferralSharing } from './referrals/referral-sharing';
import type { StaffRepository } from './staff/staff.repository';

/**
 * Everything the use cases need from outside the domain. Each use case takes the few it uses
 * (`Pick<ServicesPorts, …>`); `@lavterskel/services/typeorm` implements the repositories, the
 * kernel the rest. Without NestJS, `typeOrmServicesRepositories(manager)` gives the repositories.
 */
export interface ServicesPorts {
  clock: Clock;
  unitOfWork: UnitOfWork;
  audit: AuditLog;
  /** Need-to-know: every library's care-relation sources combined, this one's included. */
  careRelations: CareRelations;
  /** The client registry: a client id this library stores must be one it knows. */
  clientDirectory: ClientDirectory;
  teams: TeamRepository;
  services: ServiceRepository;
  partners: PartnerRepository;
  staff: StaffRepository;
  enrolments: EnrolmentRepository;
  prescriptions: PrescriptionRepository;
  dispensings: DispensingRepository;
  distributions: DistributionRepository;
  outreach: OutreachRepository;
  cooperation: CooperationRepository;
  healthMeasures: HealthMeasureRepository;
  referrals: ReferralRepository;
  /** The consent decision a referral's shared information rests on (CO-2, CO-3). */
  referralSharing: ReferralSharing;
  /** The crisis rules in force (CR-7); `noServicesCrisisRules` where there are none. */
  crisisRules: ServicesCrisisRules;
}

import type { CareRelations } from '@lavterskel/kernel';
import type { EntityManagerAccessor } from '@lavterskel/kernel/typeorm';
import type { ServicesPorts } from '../domain/services-ports';
import { TypeOrmServiceRepository } from './catalogue/typeorm-service.repository';
import { TypeOrmTeamRepository } from './catalogue/typeorm-team.repository';
import { TypeOrmDispensingRepository } from './dispensing/typeorm-dispensing.repository';
import { TypeOrmPrescriptionRepository } from './dispensing/typeorm-prescription.repository';
import { TypeOrmDistributionRepository } from './distribution/typeorm-distribution.repository';
import { TypeOrmEnrolmentRepository } from './enrolment/typeorm-enrolment.repository';
import { TypeOrmHealthMeasureRepository } from './health/typeorm-health-measure.repository';
import { TypeOrmOutreachRepository } from './outreach/typeorm-outreach.repository';
import { TypeOrmCooperationRepository } from './partners/typeorm-cooperation.repository';
import { TypeOrmPartnerRepository } from './partners/typeorm-partner.repository';
import { TypeOrmReferralRepository } from './referrals/typeorm-referral.repository';
import { TypeOrmStaffRepository } from './staff/typeorm-staff.repository';

export type ServicesRepositories = Omit<
  ServicesPorts,
  | 'clock'
  | 'unitOfWork'
  | 'audit'
  | 'careRelations'
  | 'clientDirectory'
  | 'crisisRules'
  | 'referralSharing'
>;

/**
 * Every repository of this library on one EntityManager accessor (the transaction in progress).
 * Care relations that offer SQL (`inStatement`) let a record and its need-to-know be one read.
 */
export function typeOrmServicesRepositories(
  manager: EntityManagerAccessor,
  ports: { careRelations?: CareRelations } = {},
): ServicesRepositories {
  return {
    teams: new TypeOrmTeamRepository(manager),
    services: new TypeOrmServiceRepository(manager),
    partners: new TypeOrmPartnerRepository(manager),
    staff: new TypeOrmStaffRepository(manager),
    enrolments: new TypeOrmEnrolmentRepository(manager),
    prescriptions: new TypeOrmPrescriptionRepository(manager, ports.careRelations?.inStatement),
    dispensings: new TypeOrmDispensingRepository(manager),
    distributions: new TypeOrmDistributionRepository(manager),
    outreach: new TypeOrmOutreachRepository(manager),
    cooperation: new TypeOrmCooperationRepository(manager),
    healthMeasures: new TypeOrmHealthMeasureRepository(manager),
    referrals: new TypeOrmReferralRepository(manager),
  };
}

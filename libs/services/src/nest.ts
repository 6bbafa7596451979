export {
  ServicesModule,
  type ServicesModuleOptions,
  SERVICES_MODULE_OPTIONS,
  SERVICES_PORTS,
} from './nest/services.module';
export { ServicesErrorFilter } from './nest/services-error.filter';
export { ServicesCareRelations } from './nest/services-care-relations';
export { ServicesPolicies } from './nest/shared/policies';
export { CatalogueController } from './nest/catalogue/catalogue.controller';
export { PartnersController } from './nest/partners/partners.controller';
export { TeamsController } from './nest/staff/teams.controller';
export { StaffMembersController } from './nest/staff/staff-members.controller';
export { EnrolmentsController } from './nest/enrolment/enrolments.controller';
export { PrescriptionsController } from './nest/dispensing/prescriptions.controller';
export { DispensingsController } from './nest/dispensing/dispensings.controller';
export { DistributionController } from './nest/distribution/distribution.controller';
export { OutreachPlacesController } from './nest/outreach/outreach-places.controller';
export { OutreachController } from './nest/outreach/outreach.controller';
export { CooperationController } from './nest/partners/cooperation.controller';
export { HealthMeasuresController } from './nest/health/health-measures.controller';
// The operations other modules call inside their own transaction (crisis mode: CR-3, CR-5).
export { ChangeServiceMode } from './domain/catalogue/change-service-mode.use-case';
export { FindAvailableStaff } from './domain/staff/find-available-staff.use-case';
export { ChangeServiceModes } from './domain/catalogue/change-service-modes.use-case';
export { ListActiveEnrolments } from './domain/enrolment/list-active-enrolments.use-case';
export { ListStaffAvailability } from './domain/staff/list-staff-availability.use-case';

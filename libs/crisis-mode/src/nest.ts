export {
  CrisisModeModule,
  type CrisisModeModuleOptions,
  CRISIS_MODE_MODULE_OPTIONS,
} from './nest/crisis-mode.module';
export { CRISIS_MODE_PORTS } from './nest/crisis-mode.tokens';
export { CrisisModeErrorFilter } from './nest/crisis-mode-error.filter';
export { PriorityListController } from './nest/reports/priority-list.controller';
export { StaffingController } from './nest/reports/staffing.controller';
export { TasksController } from './nest/tasks/tasks.controller';
export { FollowUpTaskDto, FollowUpTaskPageDto } from './nest/tasks/dto/follow-up-task.response.dto';
export { FhirTaskDto } from './nest/tasks/dto/fhir-task.response.dto';
export { CrisisPolicies } from './nest/crisis-policies';
export {
  ScheduledChangeWorker,
  DEFAULT_SCHEDULER_INTERVAL_MS,
} from './nest/scheduled-change.worker';
export { CrisisPlansController } from './nest/plans/crisis-plans.controller';
export { CrisisLevelController } from './nest/level/crisis-level.controller';
export { EffectivePolicyController } from './nest/policy/effective-policy.controller';
export { CrisisExceptionsController } from './nest/exceptions/crisis-exceptions.controller';

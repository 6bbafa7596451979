export {
  CrisisModeModule,
  type CrisisModeModuleOptions,
  CRISIS_MODE_MODULE_OPTIONS,
} from './nest/crisis-mode.module';
export { CRISIS_MODE_PORTS } from './nest/crisis-mode.tokens';
export { CrisisModeErrorFilter } from './nest/crisis-mode-error.filter';
export { PriorityListController } from './nest/reports/priority-list.controller';
export { StaffingController } from './nest/reports/staffing.controller';

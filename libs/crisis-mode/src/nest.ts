export { CrisisModeModule, CrisisModeModuleOptions } from './nest/crisis-mode.module';
export { CrisisModeErrorFilter } from './nest/crisis-mode-error.filter';

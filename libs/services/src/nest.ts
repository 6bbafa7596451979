export { ServicesModule, ServicesModuleOptions } from './nest/services.module';
export { ServicesErrorFilter } from './nest/services-error.filter';

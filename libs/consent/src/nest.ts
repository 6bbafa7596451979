export { ConsentModule, ConsentModuleOptions } from './nest/consent.module';
export { ConsentErrorFilter } from './nest/consent-error.filter';

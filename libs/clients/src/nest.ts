export { ClientsModule, ClientsModuleOptions } from './nest/clients.module';
export { ClientsErrorFilter } from './nest/clients-error.filter';

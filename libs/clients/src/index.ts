export { ClientsError, ClientsErrorCode } from './domain/clients-error';

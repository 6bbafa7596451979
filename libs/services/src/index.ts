export { ServicesError, ServicesErrorCode } from './domain/services-error';

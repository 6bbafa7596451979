export { ConsentError, ConsentErrorCode } from './domain/consent-error';

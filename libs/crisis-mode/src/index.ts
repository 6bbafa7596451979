export { CrisisModeError, CrisisModeErrorCode } from './domain/crisis-mode-error';

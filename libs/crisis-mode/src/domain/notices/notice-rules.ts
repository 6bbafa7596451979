import type { Check } from '../shared/violations';
import { violation } from '../shared/violations';
import { isWebUrl } from '../shared/web-url';
import { MIN_SECRET_LENGTH } from './webhook-endpoint';

export function webUrl(value: string, field: string): Check {
  return !isWebUrl(value) && violation(field, 'url', 'must be an absolute http(s) URL');
}

/** Recipients must acknowledge after publication, not before it. */
export function deadlineAfter(deadline: Date, now: Date, field: string): Check {
  return (
    !(deadline.getTime() > now.getTime()) &&
    violation(field, 'after-now', 'must be later than the time of publication')
  );
}

export function strongSecret(secret: string, field: string): Check {
  return (
    secret.length < MIN_SECRET_LENGTH &&
    violation(field, 'min-length', `must be at least ${MIN_SECRET_LENGTH} characters`)
  );
}

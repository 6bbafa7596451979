import { ApiHeader } from '@nestjs/swagger';
import { MIN_BREAK_GLASS_REASON } from '../../domain/client-access';
import { BREAK_GLASS_HEADER } from './request-headers.decorators';

/** Documents `X-Break-Glass-Reason` on a route that opens one client's record. */
export function ApiBreakGlassHeader(): MethodDecorator {
  return ApiHeader({
    name: BREAK_GLASS_HEADER,
    required: false,
    description:
      `Opens a record outside your ordinary reach (a client you have no care relation to, a ` +
      `service's client list outside your team) in an emergency: why you must open it anyway, at ` +
      `least ${MIN_BREAK_GLASS_REASON} characters. Audited as break-glass, and kept even if the ` +
      `request fails. Without it such a record answers 404. Text beyond ASCII (æ, ø, å) is sent ` +
      `as RFC 8187: UTF-8'' followed by the percent-encoded UTF-8.`,
    example: "UTF-8''Overdose%20p%C3%A5%20Skien%20stasjon%2C%20klienten%20er%20bevisstl%C3%B8s",
  });
}

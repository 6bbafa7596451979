import { ApiHeader } from '@nestjs/swagger';
import { MIN_BREAK_GLASS_REASON } from '../../domain/client-access';
import { BREAK_GLASS_HEADER } from './request-headers.decorators';

/** Documents `X-Break-Glass-Reason` on a route that opens one client's record. */
export function ApiBreakGlassHeader(): MethodDecorator {
  return ApiHeader({
    name: BREAK_GLASS_HEADER,
    required: false,
    description: `Without a care relation to the client: why you must open the record anyway (at least ${MIN_BREAK_GLASS_REASON} characters). Audited as break-glass.`,
  });
}

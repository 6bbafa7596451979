import { ApiHeader } from '@nestjs/swagger';
import { BREAK_GLASS_HEADER } from '@lavterskel/kernel/nest';

/** Documents `X-Break-Glass-Reason` on a route that opens a client's record. */
export function ApiBreakGlass(): MethodDecorator {
  return ApiHeader({
    name: BREAK_GLASS_HEADER,
    required: false,
    description:
      'Without a care relation to the client (or, for a service roster, outside the team that runs it), a written reason of at least 10 characters opens the record; the access is audited as break-glass.',
    example: 'Client unconscious at the station, ambulance on its way',
  });
}

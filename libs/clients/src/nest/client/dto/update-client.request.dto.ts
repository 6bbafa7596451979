import { ClientDetailsRequestDto } from './client-details.request.dto';

/** CL-1: the fields to change; null clears an optional one. */
export class UpdateClientRequestDto extends ClientDetailsRequestDto {}

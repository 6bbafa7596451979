import { DateRangeDto } from './date-range.dto';

/** Generate sessions for these dates (at most 92 days). */
export class GenerateSessionsRequestDto extends DateRangeDto {}

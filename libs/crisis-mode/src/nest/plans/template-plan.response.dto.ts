import { ApiProperty } from '@nestjs/swagger';
import {
  SKIEN_2020_SERVICES,
  type Skien2020Service,
} from '../../domain/plan/templates/skien-2020.template';
import { MunicipalCrisisPlanDto } from './crisis-plan.response.dto';

export class TemplatePlanDto {
  @ApiProperty({ type: MunicipalCrisisPlanDto })
  plan!: MunicipalCrisisPlanDto;

  @ApiProperty({
    type: [String],
    enum: SKIEN_2020_SERVICES,
    description: 'Template services not mapped: their rules were left out.',
    example: ['ungProsjektet'],
  })
  unmapped!: Skien2020Service[];
}

import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsString,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import {
  MAX_CRISIS_CONTACTS,
  MAX_CRISIS_PLAN_ITEMS,
  MAX_CRISIS_PLAN_ITEM_LENGTH,
  type CrisisPlanContent,
} from '../../../domain/crisis-plan/crisis-plan';
import { CrisisContactDto } from './crisis-contact.dto';

/** CL-8: the whole crisis plan (created, or replaced at the version read). */
export class CrisisPlanRequestDto {
  @ApiProperty({
    description: 'Signs that a crisis is coming.',
    type: [String],
    maxItems: MAX_CRISIS_PLAN_ITEMS,
    example: ['Stops answering the phone', 'Sells belongings'],
  })
  @IsArray()
  @ArrayMaxSize(MAX_CRISIS_PLAN_ITEMS)
  @IsString({ each: true })
  @MaxLength(MAX_CRISIS_PLAN_ITEM_LENGTH, { each: true })
  warningSigns!: string[];

  @ApiProperty({
    description: 'What helps.',
    type: [String],
    maxItems: MAX_CRISIS_PLAN_ITEMS,
    example: ['A walk by the river', 'Talking to his sister'],
  })
  @IsArray()
  @ArrayMaxSize(MAX_CRISIS_PLAN_ITEMS)
  @IsString({ each: true })
  @MaxLength(MAX_CRISIS_PLAN_ITEM_LENGTH, { each: true })
  whatHelps!: string[];

  @ApiProperty({
    description: 'Who to call.',
    type: [CrisisContactDto],
    maxItems: MAX_CRISIS_CONTACTS,
  })
  @IsArray()
  @ArrayMaxSize(MAX_CRISIS_CONTACTS)
  @ValidateNested({ each: true })
  @Type(() => CrisisContactDto)
  whoToCall!: CrisisContactDto[];

  @ApiProperty({ description: 'Made with the client, who agrees with it.', example: true })
  @IsBoolean()
  agreedWithClient!: boolean;

  content(): CrisisPlanContent {
    return {
      warningSigns: this.warningSigns,
      whatHelps: this.whatHelps,
      whoToCall: this.whoToCall.map((contact) => ({ ...contact })),
      agreedWithClient: this.agreedWithClient,
    };
  }
}

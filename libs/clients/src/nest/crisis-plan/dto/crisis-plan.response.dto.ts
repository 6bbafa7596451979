import { ApiProperty } from '@nestjs/swagger';
import type { CrisisPlan } from '../../../domain/crisis-plan/crisis-plan';
import { CrisisContactDto } from './crisis-contact.dto';

/** CL-8: the client's crisis plan. Its `version` is the ETag for the next update. */
export class CrisisPlanDto {
  @ApiProperty({
    description: 'The client.',
    format: 'uuid',
    example: '0b6c1f0e-5a0a-4f57-9c53-3d1b0a7e6c11',
  })
  clientId!: string;

  @ApiProperty({
    description: 'Signs that a crisis is coming.',
    type: [String],
    example: ['Stops answering the phone'],
  })
  warningSigns!: string[];

  @ApiProperty({ description: 'What helps.', type: [String], example: ['A walk by the river'] })
  whatHelps!: string[];

  @ApiProperty({ description: 'Who to call.', type: [CrisisContactDto] })
  whoToCall!: CrisisContactDto[];

  @ApiProperty({ description: 'Made with the client, who agrees with it.', example: true })
  agreedWithClient!: boolean;

  @ApiProperty({ description: 'Version; the ETag is this number in quotes.', example: 2 })
  version!: number;

  @ApiProperty({ description: 'Who last changed it.', example: 'nurse-anne' })
  updatedBy!: string;

  @ApiProperty({ description: 'When.', example: '2026-11-23T09:15:00.000Z' })
  updatedAt!: string;

  static from(plan: CrisisPlan): CrisisPlanDto {
    return {
      ...plan,
      warningSigns: [...plan.warningSigns],
      whatHelps: [...plan.whatHelps],
      whoToCall: plan.whoToCall.map((contact) => ({ ...contact })),
      updatedAt: plan.updatedAt.toISOString(),
    };
  }
}

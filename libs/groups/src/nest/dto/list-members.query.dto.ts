import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { PageQueryDto } from '@lavterskel/kernel/nest';
import type { MembershipStatus } from '../../domain/membership';

export class ListMembersQueryDto extends PageQueryDto {
  @ApiPropertyOptional({
    description: 'Only members with this status.',
    enum: ['active', 'waitlisted', 'left'],
    example: 'waitlisted',
  })
  @IsOptional()
  @IsIn(['active', 'waitlisted', 'left'])
  status?: MembershipStatus;
}

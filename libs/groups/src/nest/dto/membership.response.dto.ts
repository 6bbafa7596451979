import { ApiProperty } from '@nestjs/swagger';
import { PageOf } from '@lavterskel/kernel/nest';
import type { Membership } from '../../domain/membership';
import type { MemberPage } from '../../domain/list-members.use-case';
import { TimeSlotDto } from './time-slot.dto';

export class MembershipDto {
  @ApiProperty({
    description: 'Membership id.',
    format: 'uuid',
    example: '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
  })
  id!: string;

  @ApiProperty({
    description: 'The group.',
    format: 'uuid',
    example: '8d1f0c7a-3b2e-4f5a-9c6d-1e2f3a4b5c6d',
  })
  groupId!: string;

  @ApiProperty({
    description: 'The client.',
    format: 'uuid',
    example: '6c0b3f5e-7a53-4a52-9d0b-5f1f2e0c9a11',
  })
  clientId!: string;

  @ApiProperty({
    description: '`active`: seated in `cohortId`; `waitlisted`: waiting for a seat; `left`.',
    enum: ['active', 'waitlisted', 'left'],
    example: 'active',
  })
  status!: string;

  @ApiProperty({
    description: 'The cohort, when active.',
    type: String,
    format: 'uuid',
    nullable: true,
    example: '5b0e2f4a-6c1d-4e3f-8a9b-0c1d2e3f4a5b',
  })
  cohortId!: string | null;

  @ApiProperty({
    description: 'The slot the client would rather meet in.',
    type: TimeSlotDto,
    nullable: true,
    example: { weekday: 'monday', startTime: '10:00' },
  })
  preferredSlot!: TimeSlotDto | null;

  @ApiProperty({ description: 'When the client joined.', example: '2026-11-23T08:00:00.000Z' })
  joinedAt!: string;

  @ApiProperty({
    description: 'When the client joined the waitlist; orders promotion.',
    type: String,
    nullable: true,
    example: null,
  })
  waitlistedAt!: string | null;

  @ApiProperty({
    description: 'When the client left.',
    type: String,
    nullable: true,
    example: null,
  })
  leftAt!: string | null;

  @ApiProperty({
    description: 'Record version; also the ETag. Send it as If-Match to leave.',
    example: 1,
  })
  version!: number;

  static from(member: Membership): MembershipDto {
    return {
      id: member.id,
      groupId: member.groupId,
      clientId: member.clientId,
      status: member.status,
      cohortId: member.cohortId,
      preferredSlot: member.preferredSlot ? TimeSlotDto.from(member.preferredSlot) : null,
      joinedAt: member.joinedAt.toISOString(),
      waitlistedAt: member.waitlistedAt?.toISOString() ?? null,
      leftAt: member.leftAt?.toISOString() ?? null,
      version: member.version,
    };
  }
}

export class MemberPageDto extends PageOf(MembershipDto) {
  @ApiProperty({
    description:
      'Members on this page left out because you have no care relation to them; send X-Break-Glass-Reason to see them (audited).',
    example: 0,
  })
  withheld!: number;

  static fromPage(page: MemberPage): MemberPageDto {
    return {
      items: page.items.map(MembershipDto.from),
      nextCursor: page.nextCursor,
      withheld: page.withheld,
    };
  }
}

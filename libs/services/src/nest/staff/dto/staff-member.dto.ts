import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { PageOf } from '@lavterskel/kernel/nest';
import type { StaffMember } from '../../../domain/staff/staff-member';

export class RegisterStaffMemberRequestDto {
  @ApiProperty({ description: 'Full name.', example: 'Anne Hansen' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name!: string;

  @ApiPropertyOptional({
    description: 'The `sub` of the person’s access token; unique in the municipality.',
    example: 'nurse-anne',
    nullable: true,
    type: String,
  })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  subject?: string | null;

  @ApiPropertyOptional({
    description: 'Profession or role.',
    example: 'nurse',
    nullable: true,
    type: String,
  })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  profession?: string | null;
}

export class StaffMemberDto {
  @ApiProperty({
    description: 'Staff member id.',
    format: 'uuid',
    example: '5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d',
  })
  id!: string;

  @ApiProperty({ description: 'Full name.', example: 'Anne Hansen' })
  name!: string;

  @ApiProperty({
    description: 'Token subject, if they log in.',
    example: 'nurse-anne',
    nullable: true,
    type: String,
  })
  subject!: string | null;

  @ApiProperty({
    description: 'Profession or role.',
    example: 'nurse',
    nullable: true,
    type: String,
  })
  profession!: string | null;

  @ApiProperty({ description: 'When they were registered.', example: '2026-11-01T08:00:00.000Z' })
  createdAt!: string;

  static from(member: StaffMember): StaffMemberDto {
    return {
      id: member.id,
      name: member.name,
      subject: member.subject,
      profession: member.profession,
      createdAt: member.createdAt.toISOString(),
    };
  }
}

export class StaffMemberPageDto extends PageOf(StaffMemberDto) {}

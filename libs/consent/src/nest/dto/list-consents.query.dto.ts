import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import { PageQueryDto } from '@lavterskel/kernel/nest';

export class ListConsentsQueryDto extends PageQueryDto {
  @ApiProperty({
    description: 'The client whose consents to list.',
    format: 'uuid',
    example: '6c0b3f5e-7a53-4a52-9d0b-5f1f2e0c9a11',
  })
  @IsUUID()
  clientId!: string;
}

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';

export class ServiceLocationDto {
  @ApiProperty({ description: 'Where the service is, as people know it.', example: 'MMO-senteret' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name!: string;

  @ApiPropertyOptional({
    description: 'Street address.',
    example: 'Kverndalsgata 7, 3717 Skien',
    nullable: true,
    type: String,
  })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  address?: string | null;
}

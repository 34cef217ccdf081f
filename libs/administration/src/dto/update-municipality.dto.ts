import { ApiProperty } from '@nestjs/swagger';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

export class UpdateMunicipalityDto {
  @ApiProperty({ type: 'integer', nullable: true, minimum: 0, example: 78000 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10_000_000)
  population0to17!: number | null;
}

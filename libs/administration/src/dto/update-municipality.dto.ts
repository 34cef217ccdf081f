import { ApiProperty } from '@nestjs/swagger';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

export class UpdateMunicipalityDto {
  @ApiProperty({ type: 'integer', nullable: true, minimum: 0, example: 78000 })
  @IsOptional()
  @IsInt({ message: 'skal være et helt tal (fx 4512)' })
  @Min(0, { message: 'må ikke være negativt' })
  @Max(10_000_000, { message: 'må højst være 10.000.000' })
  population0to17!: number | null;
}

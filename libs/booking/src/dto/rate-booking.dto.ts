import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

export class RateBookingDto {
  @ApiProperty({ minimum: 1, maximum: 5 })
  @IsInt()
  @Min(1)
  @Max(5)
  value!: number;

  @ApiPropertyOptional({
    maxLength: 1000,
    description:
      'Read by the other side in the portal, never mailed; must not identify the child (422 NOT_ANONYMOUS with findings, field `comment`)',
  })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  comment?: string;
}

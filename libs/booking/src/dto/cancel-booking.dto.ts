import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';

export class CancelBookingDto {
  @ApiPropertyOptional({
    maxLength: 500,
    description:
      'Read by the other side in the portal, never mailed; must not identify the child (422 NOT_ANONYMOUS with findings, field `reason`)',
  })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  reason?: string;
}

import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';

export class CancelSlotDto {
  @ApiProperty({
    maxLength: 500,
    example: 'Sygdom',
    description:
      'Read by the other side in the portal, never mailed; must not identify the child (422 NOT_ANONYMOUS with findings, field `reason`)',
  })
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  reason!: string;
}

import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';

export class CancelSlotDto {
  @ApiProperty({ maxLength: 500, example: 'Sygdom' })
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  reason!: string;
}

import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';

/** `POST /anonymisation/check`: the text to check; nothing is stored. */
export class CheckAnonymityDto {
  @ApiProperty({ maxLength: 100_000 })
  @IsString()
  @MaxLength(100_000)
  text!: string;
}

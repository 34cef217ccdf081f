import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsEnum, IsOptional, IsString, MaxLength } from 'class-validator';
import { Attendance, Recommendation } from '../entities/booking.enums';

export class RecordOutcomeDto {
  @ApiProperty({ enum: Attendance, enumName: 'Attendance' })
  @IsEnum(Attendance)
  attendance!: Attendance;

  @ApiPropertyOptional({
    enum: Recommendation,
    enumName: 'Recommendation',
    description: 'Required when the session was held; not asked for a no-show or late cancellation',
  })
  @IsOptional()
  @IsEnum(Recommendation)
  recommendation?: Recommendation;

  @ApiPropertyOptional({
    description: 'Required when the session was held and a GP was invited (gpEmail); otherwise not asked',
  })
  @IsOptional()
  @IsBoolean()
  gpParticipated?: boolean;

  @ApiPropertyOptional({
    maxLength: 2000,
    description:
      'Visible to the consultant and the contact, not admins; never mailed; must not identify the child (422 NOT_ANONYMOUS with findings, field `note`)',
  })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;
}

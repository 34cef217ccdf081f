import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID, Matches } from 'class-validator';
import { DATE_PATTERN } from './create-slot-series.dto';

/** What `POST /absences` would do, asked before doing it. */
export class AbsencePreviewDto {
  @ApiPropertyOptional({
    format: 'uuid',
    description: 'Admins name the contact; contacts ask for themselves',
  })
  @IsOptional()
  @IsUUID()
  contactId?: string;

  @ApiProperty({ example: '2027-07-05', description: 'First day (local), inclusive' })
  @Matches(DATE_PATTERN, { message: 'from must be a date YYYY-MM-DD' })
  from!: string;

  @ApiProperty({ example: '2027-07-23', description: 'Last day (local), inclusive' })
  @Matches(DATE_PATTERN, { message: 'to must be a date YYYY-MM-DD' })
  to!: string;

  @ApiPropertyOptional({ format: 'uuid', description: "Default: each municipality's deputy" })
  @IsOptional()
  @IsUUID()
  deputyContactId?: string;
}

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { DATE_PATTERN } from './create-slot-series.dto';

export class CreateAbsenceDto {
  @ApiPropertyOptional({
    format: 'uuid',
    description: 'Admins name the contact; contacts register their own',
  })
  @IsOptional()
  @IsUUID()
  contactId?: string;

  @ApiProperty({ example: '2027-07-05', description: 'First day (local), inclusive' })
  @Matches(DATE_PATTERN)
  from!: string;

  @ApiProperty({ example: '2027-07-23', description: 'Last day (local), inclusive' })
  @Matches(DATE_PATTERN)
  to!: string;

  @ApiPropertyOptional({
    maxLength: 500,
    description:
      'Read by the other side in the portal, never mailed; must not identify the child (422 NOT_ANONYMOUS with findings, field `reason`)',
  })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  reason?: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description: "Default: each municipality's deputy; none → slots are cancelled",
  })
  @IsOptional()
  @IsUUID()
  deputyContactId?: string;
}

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';

export class AssignContactDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  contactId!: string;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'skal være et bruger-id (UUID)' })
  deputyContactId?: string | null;
}

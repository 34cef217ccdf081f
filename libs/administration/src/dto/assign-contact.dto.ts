import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';

export class AssignContactDto {
  @ApiProperty()
  @IsUUID('all', { message: 'skal være et bruger-id (UUID)' })
  contactId!: string;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'skal være et bruger-id (UUID)' })
  deputyContactId?: string | null;
}

import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsEnum, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';
import { Role } from '@app/organisations';

export const DEFAULT_USER_PAGE = 200;
export const MAX_USER_PAGE = 200;

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/** The admin's user list: filters, a search over name and e-mail, and keyset paging by name. */
export class ListUsersQuery {
  @ApiPropertyOptional({ enum: Role, enumName: 'Role' })
  @IsOptional()
  @IsEnum(Role, { message: 'skal være en af rollerne consultant, contact eller admin' })
  role?: Role;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID('all', { message: 'skal være et kommune-id (UUID)' })
  municipalityId?: string;

  @ApiPropertyOptional({
    description: 'Part of the name or e-mail address (case-insensitive)',
    maxLength: 100,
  })
  @IsOptional()
  @Transform(trim)
  @IsString({ message: 'skal være en tekst' })
  @MaxLength(100, { message: 'må højst være 100 tegn' })
  // PostgreSQL refuses NUL in text; no name or e-mail holds a control character anyway.
  // eslint-disable-next-line no-control-regex
  @Matches(/^[^\u0000-\u001f\u007f]*$/, { message: 'må ikke indeholde styretegn' })
  q?: string;

  @ApiPropertyOptional({ default: DEFAULT_USER_PAGE, minimum: 1, maximum: MAX_USER_PAGE })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'skal være et helt tal' })
  @Min(1, { message: 'skal være mindst 1' })
  @Max(MAX_USER_PAGE, { message: `må højst være ${MAX_USER_PAGE}` })
  limit?: number;

  @ApiPropertyOptional({ description: 'The `X-Next-Cursor` of the previous page, unchanged' })
  @IsOptional()
  @IsString({ message: 'skal være en tekst' })
  @MaxLength(600, { message: 'ugyldig cursor — brug X-Next-Cursor fra det forrige svar uændret' })
  cursor?: string;
}

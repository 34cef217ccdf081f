import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEnum, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { IsSafeEmail, trimSpaces } from '@app/common';
import { Role } from '@app/organisations';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/**
 * A new user. There is no password field: admins never choose other people's passwords — the user
 * gets an invitation mail with a one-time link and sets their own (a `password` → 400).
 */
export class CreateUserDto {
  @ApiProperty({ example: 'ppr.odder@kommune.dk' })
  @Transform(({ value }) => {
    const trimmed = trimSpaces({ value });
    return typeof trimmed === 'string' ? trimmed.toLowerCase() : trimmed;
  })
  @IsSafeEmail()
  @MaxLength(254, { message: 'må højst være 254 tegn' })
  email!: string;

  @ApiProperty()
  @Transform(trim)
  @IsString({ message: 'skal være en tekst' })
  @MinLength(1, { message: 'skal udfyldes' })
  @MaxLength(200, { message: 'må højst være 200 tegn' })
  name!: string;

  @ApiProperty({ enum: Role, enumName: 'Role' })
  @IsEnum(Role)
  role!: Role;

  @ApiPropertyOptional({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'Required for consultants; only consultants have one',
  })
  @IsOptional()
  @IsUUID('all', { message: 'skal være et kommune-id (UUID)' })
  municipalityId?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'PPR-psykolog' })
  @IsOptional()
  @Transform(trim)
  @IsString({ message: 'skal være en tekst' })
  @MaxLength(100, { message: 'må højst være 100 tegn' })
  profession?: string | null;
}

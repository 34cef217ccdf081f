import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEmail,
  IsEnum,
  IsFQDN,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Matches,
  MaxLength,
  MinLength,
  ValidateIf,
} from 'class-validator';
import { IdentityProviderKind } from '../../entities/identity-provider.entity';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const URL_OPTIONS = { require_tld: false, require_protocol: true, protocols: ['http', 'https'] };

/** An identity provider for the admin's region or some of its municipalities. */
export class CreateIdentityProviderDto {
  @ApiProperty({ example: 'NemLog-in (MitID Erhverv)' })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name!: string;

  @ApiProperty({ enum: IdentityProviderKind, enumName: 'IdentityProviderKind' })
  @IsEnum(IdentityProviderKind)
  kind!: IdentityProviderKind;

  @ApiPropertyOptional({ type: [String], description: 'Municipality ids; none = the whole region' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true })
  municipalityIds?: string[];

  @ApiPropertyOptional({ type: [String], example: ['aarhus.dk'], description: 'For home realm discovery' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsFQDN({}, { each: true })
  emailDomains?: string[];

  @ApiPropertyOptional({ description: 'false: the users it serves cannot use a local password' })
  @IsOptional()
  @IsBoolean()
  localLoginAllowed?: boolean;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  active?: boolean;

  @ApiPropertyOptional({ description: 'SAML: where to fetch the IdP metadata' })
  @IsOptional()
  @IsUrl(URL_OPTIONS)
  @MaxLength(1000)
  metadataUrl?: string;

  @ApiPropertyOptional({ description: 'SAML: the IdP metadata XML (instead of a URL)' })
  @IsOptional()
  @IsString()
  @MaxLength(500_000)
  metadataXml?: string;

  @ApiPropertyOptional({ description: 'OIDC: the issuer' })
  @IsOptional()
  @IsUrl(URL_OPTIONS)
  @MaxLength(1000)
  issuer?: string;

  @ApiPropertyOptional({ description: 'OIDC: the client id' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  clientId?: string;

  @ApiPropertyOptional({ description: 'OIDC: the client secret (stored encrypted, never shown)' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(2000)
  clientSecret?: string;
}

export class UpdateIdentityProviderDto extends PartialType(CreateIdentityProviderDto) {}

/** Home realm discovery: by e-mail address or municipality code. */
export class DiscoverDto {
  @ApiPropertyOptional({ example: 'ppr@aarhus.dk' })
  @Transform(trim)
  @ValidateIf((dto: DiscoverDto) => dto.municipalityCode === undefined)
  @IsEmail()
  @MaxLength(254)
  email?: string;

  @ApiPropertyOptional({ example: '751' })
  @IsOptional()
  @Matches(/^\d{3}$/)
  municipalityCode?: string;
}

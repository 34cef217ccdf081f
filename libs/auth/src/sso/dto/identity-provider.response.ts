import { ApiProperty } from '@nestjs/swagger';
import { IdentityProviderKind } from '../../entities/identity-provider.entity';
import type { DiscoveredProvider, IdentityProviderView } from '../identity-providers.service';

// Identity providers as the API shows them, for the OpenAPI document; each class `implements` its
// view so the compiler keeps the document in step.

/** A provider as the admin API shows it: never its client secret, only whether it has one. */
export class IdentityProviderResponse implements IdentityProviderView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'NemLog-in (MitID Erhverv)' })
  name!: string;

  @ApiProperty({ enum: IdentityProviderKind, enumName: 'IdentityProviderKind' })
  kind!: IdentityProviderKind;

  @ApiProperty({ type: [String], description: 'None = the whole region' })
  municipalityIds!: string[];

  @ApiProperty({ type: [String], example: ['aarhus.dk'] })
  emailDomains!: string[];

  @ApiProperty()
  localLoginAllowed!: boolean;

  @ApiProperty()
  active!: boolean;

  @ApiProperty({ description: 'SAML: the IdP entity id; OIDC: the issuer' })
  entityId!: string;

  @ApiProperty({ type: String, nullable: true })
  metadataUrl!: string | null;

  @ApiProperty({ type: String, nullable: true })
  ssoUrl!: string | null;

  @ApiProperty({ type: String, nullable: true })
  sloUrl!: string | null;

  @ApiProperty({ type: 'integer' })
  signingCertificates!: number;

  @ApiProperty({ type: String, nullable: true })
  clientId!: string | null;

  @ApiProperty()
  hasClientSecret!: boolean;

  @ApiProperty({ type: String, format: 'date-time' })
  createdAt!: Date;

  @ApiProperty({ type: String, format: 'date-time' })
  updatedAt!: Date;
}

export class DiscoveredProviderResponse implements DiscoveredProvider {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  name!: string;

  @ApiProperty({ enum: IdentityProviderKind, enumName: 'IdentityProviderKind' })
  kind!: IdentityProviderKind;

  @ApiProperty({ description: 'Where the browser goes to sign in there' })
  loginUrl!: string;
}

/** `POST /auth/discover`: where an address (by its domain) or a municipality signs in. */
export class HomeRealmResponse {
  @ApiProperty({ type: () => [DiscoveredProviderResponse] })
  providers!: DiscoveredProviderResponse[];

  @ApiProperty({ description: 'false: the organisation has turned local passwords off' })
  localLogin!: boolean;
}

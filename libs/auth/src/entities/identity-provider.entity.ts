import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { Region } from '@app/organisations';

export enum IdentityProviderKind {
  Saml = 'saml',
  Oidc = 'oidc',
}

/**
 * An identity provider an admin registered for their region or for given municipalities. It only
 * proves who someone is: accounts, roles and municipalities stay ours. Secrets are sealed with the
 * shared FieldCipher (the row id as additional data).
 */
@Entity('identity_providers')
export class IdentityProvider {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column({ type: 'uuid' })
  regionId!: string;

  @ManyToOne('Region', { onDelete: 'RESTRICT' })
  region?: Region;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'enum', enum: IdentityProviderKind, enumName: 'identity_provider_kind' })
  kind!: IdentityProviderKind;

  /** The municipalities it serves; empty = the whole region (its admins and BUP staff too). */
  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  municipalityIds!: string[];

  /** E-mail domains (lower case) that home realm discovery sends here. */
  @Column({ type: 'varchar', length: 253, array: true, default: () => "'{}'" })
  emailDomains!: string[];

  /** False: the users it serves cannot sign in with a local password. */
  @Column({ type: 'boolean', default: true })
  localLoginAllowed!: boolean;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  /** SAML: the IdP's entityID (also its Issuer); OIDC: the issuer URL. Unique: it routes responses. */
  @Column({ type: 'varchar', length: 1000, unique: true })
  entityId!: string;

  /** SAML: where the metadata was fetched from (null when uploaded). */
  @Column({ type: 'varchar', length: 1000, nullable: true })
  metadataUrl!: string | null;

  /** SAML: SingleSignOnService (HTTP-Redirect). */
  @Column({ type: 'varchar', length: 1000, nullable: true })
  ssoUrl!: string | null;

  /** SAML: SingleLogoutService (HTTP-Redirect), if the IdP has one. */
  @Column({ type: 'varchar', length: 1000, nullable: true })
  sloUrl!: string | null;

  /** SAML: the IdP's signing certificates (base64 DER, as in the metadata). */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  signingCerts!: string[];

  /** OIDC: the client id. */
  @Column({ type: 'varchar', length: 500, nullable: true })
  clientId!: string | null;

  /** OIDC: the client secret, sealed. */
  @Column({ type: 'bytea', nullable: true, select: false })
  clientSecretCiphertext!: Buffer | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  keyId!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}

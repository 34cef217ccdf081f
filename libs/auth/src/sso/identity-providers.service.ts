import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { AuditAction, AuditService } from '@app/audit';
import { DomainException, ErrorCode } from '@app/common';
import { AppConfig } from '@app/config';
import { FieldCipher } from '@app/crypto';
import { Municipality, User } from '@app/organisations';
import type { AuthUser } from '../auth-user';
import { IdentityProvider, IdentityProviderKind } from '../entities/identity-provider.entity';
import { IdentityProvidersRepository } from './identity-providers.repository';
import { MetadataError, parseIdpMetadata } from './saml-metadata';

const KEY_ID = 'k1';
const METADATA_TIMEOUT_MS = 10_000;
const METADATA_MAX_BYTES = 1_000_000;

export interface IdentityProviderInput {
  name: string;
  kind: IdentityProviderKind;
  municipalityIds?: string[];
  emailDomains?: string[];
  localLoginAllowed?: boolean;
  active?: boolean;
  /** SAML: one of the two. */
  metadataUrl?: string;
  metadataXml?: string;
  /** OIDC. */
  issuer?: string;
  clientId?: string;
  clientSecret?: string;
}

/** What the admin API shows: never the secret. */
export interface IdentityProviderView {
  id: string;
  name: string;
  kind: IdentityProviderKind;
  municipalityIds: string[];
  emailDomains: string[];
  localLoginAllowed: boolean;
  active: boolean;
  entityId: string;
  metadataUrl: string | null;
  ssoUrl: string | null;
  sloUrl: string | null;
  signingCertificates: number;
  clientId: string | null;
  hasClientSecret: boolean;
  createdAt: Date;
  updatedAt: Date;
}

/** A provider the sign-in page may send someone to. */
export interface DiscoveredProvider {
  id: string;
  name: string;
  kind: 'saml' | 'oidc';
  loginUrl: string;
}

/**
 * The identity providers admins register for their region or municipalities, home realm discovery
 * (by the e-mail's domain or the municipality — never by the user table, so the answer tells nothing
 * about whether an account exists) and the per-organisation switch for local passwords.
 */
@Injectable()
export class IdentityProvidersService {
  private readonly cipher: FieldCipher;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
    private readonly providers: IdentityProvidersRepository,
  ) {
    this.cipher = FieldCipher.withKeyring({ [KEY_ID]: config.caseSummaryKey }, KEY_ID).derive(
      'sparringsportalen/identity-provider-secret',
    );
  }

  private get repo() {
    return this.dataSource.getRepository(IdentityProvider);
  }

  async list(admin: AuthUser): Promise<IdentityProviderView[]> {
    const rows = await this.repo.find({ where: { regionId: admin.regionId }, order: { createdAt: 'ASC' } });
    return rows.map(view);
  }

  async get(admin: AuthUser, id: string): Promise<IdentityProviderView> {
    return view(await this.own(admin, id));
  }

  async register(admin: AuthUser, input: IdentityProviderInput): Promise<IdentityProviderView> {
    const municipalityIds = await this.checkMunicipalities(admin, input.municipalityIds ?? []);
    const provider = this.repo.create({
      regionId: admin.regionId,
      name: input.name.trim(),
      kind: input.kind,
      municipalityIds,
      emailDomains: normaliseDomains(input.emailDomains ?? []),
      localLoginAllowed: input.localLoginAllowed ?? true,
      active: input.active ?? true,
    });
    await this.applyConnection(provider, input, true);
    const saved = await this.saveUnique(provider);
    if (input.kind === IdentityProviderKind.Oidc && input.clientSecret)
      await this.storeSecret(saved, input.clientSecret);
    await this.audit.record({
      action: AuditAction.IdentityProviderRegistered,
      actor: admin,
      subject: { type: 'identity_provider', id: saved.id },
      details: { kind: saved.kind, entityId: saved.entityId, municipalities: municipalityIds.length },
    });
    return view(saved);
  }

  async update(
    admin: AuthUser,
    id: string,
    input: Partial<IdentityProviderInput>,
  ): Promise<IdentityProviderView> {
    const provider = await this.own(admin, id);
    if (input.kind !== undefined && input.kind !== provider.kind)
      throw new DomainException(
        ErrorCode.ValidationFailed,
        'Typen af en udbyder kan ikke ændres; opret en ny.',
      );
    if (input.name !== undefined) provider.name = input.name.trim();
    if (input.municipalityIds !== undefined)
      provider.municipalityIds = await this.checkMunicipalities(admin, input.municipalityIds);
    if (input.emailDomains !== undefined) provider.emailDomains = normaliseDomains(input.emailDomains);
    if (input.localLoginAllowed !== undefined) provider.localLoginAllowed = input.localLoginAllowed;
    if (input.active !== undefined) provider.active = input.active;
    await this.applyConnection(provider, input, false);
    const saved = await this.saveUnique(provider);
    if (provider.kind === IdentityProviderKind.Oidc && input.clientSecret)
      await this.storeSecret(saved, input.clientSecret);
    await this.audit.record({
      action: AuditAction.IdentityProviderUpdated,
      actor: admin,
      subject: { type: 'identity_provider', id },
      details: {
        fields: Object.keys(input)
          .filter((key) => key !== 'clientSecret')
          .sort()
          .join(','),
        secretChanged: Boolean(input.clientSecret),
      },
    });
    return view(saved);
  }

  async remove(admin: AuthUser, id: string): Promise<void> {
    const provider = await this.own(admin, id);
    await this.repo.delete({ id: provider.id });
    await this.audit.record({
      action: AuditAction.IdentityProviderRemoved,
      actor: admin,
      subject: { type: 'identity_provider', id },
      details: { kind: provider.kind, entityId: provider.entityId },
    });
  }

  async anyActive(kind?: IdentityProviderKind): Promise<boolean> {
    return (await this.repo.count({ where: { active: true, ...(kind ? { kind } : {}) }, take: 1 })) > 0;
  }

  /** An active provider by id (for sign-in), or null. */
  findActive(id: string): Promise<IdentityProvider | null> {
    return this.repo.findOne({ where: { id, active: true } });
  }

  /** An active provider by its entityID / issuer (to route what a provider sends us), or null. */
  findActiveByEntityId(entityId: string, kind: IdentityProviderKind): Promise<IdentityProvider | null> {
    return this.repo.findOne({ where: { entityId, kind, active: true } });
  }

  /** The OIDC client secret, unsealed. */
  async clientSecret(providerId: string): Promise<string | null> {
    const row = await this.providers.withSealedSecret(providerId);
    if (!row?.clientSecretCiphertext || !row.keyId) return null;
    return this.cipher.decrypt(row.clientSecretCiphertext, row.keyId, aad(providerId)).toString('utf8');
  }

  /** Whether the provider may vouch for this user: same region, and one of its municipalities if it names any. */
  serves(provider: IdentityProvider, user: Pick<User, 'regionId' | 'municipalityId'>): boolean {
    if (provider.regionId !== user.regionId) return false;
    if (provider.municipalityIds.length === 0) return true;
    return user.municipalityId !== null && provider.municipalityIds.includes(user.municipalityId);
  }

  /** Whether passwords are off for this user's organisation (an active provider serving them says so). */
  async localLoginDisabledFor(user: Pick<User, 'regionId' | 'municipalityId'>): Promise<boolean> {
    const providers = await this.repo.find({
      where: { regionId: user.regionId, active: true, localLoginAllowed: false },
    });
    return providers.some((provider) => this.serves(provider, user));
  }

  /** Whether passwords are off for every address of this domain (no user lookup: tells nothing). */
  async localLoginDisabledForEmail(email: string): Promise<boolean> {
    const providers = await this.byDomain(domainOf(email));
    return providers.some((provider) => !provider.localLoginAllowed);
  }

  /**
   * Home realm discovery: which providers serve this e-mail's domain (or this municipality), and
   * whether passwords are allowed there. Falls back to the region-wide provider from the environment.
   */
  async discover(query: { email?: string; municipalityCode?: string }): Promise<{
    providers: DiscoveredProvider[];
    localLogin: boolean;
  }> {
    let providers: IdentityProvider[] = [];
    if (query.email) providers = await this.byDomain(domainOf(query.email));
    else if (query.municipalityCode) {
      const municipality = await this.dataSource
        .getRepository(Municipality)
        .findOne({ where: { code: query.municipalityCode } });
      if (municipality) {
        const candidates = await this.repo.find({ where: { regionId: municipality.regionId, active: true } });
        const own = candidates.filter((p) => p.municipalityIds.includes(municipality.id));
        providers = own.length ? own : candidates.filter((p) => p.municipalityIds.length === 0);
      }
    }
    const found: DiscoveredProvider[] = providers.map((provider) => ({
      id: provider.id,
      name: provider.name,
      kind: provider.kind,
      loginUrl: `${this.config.appUrl}/api/v1/auth/${provider.kind}/login?provider=${provider.id}`,
    }));
    if (found.length === 0 && this.config.oidc) {
      found.push({
        id: 'default',
        name: 'Single sign-on',
        kind: 'oidc',
        loginUrl: `${this.config.appUrl}/api/v1/auth/oidc/login`,
      });
    }
    const localLogin =
      this.config.localLoginEnabled && providers.every((provider) => provider.localLoginAllowed);
    return { providers: found, localLogin };
  }

  private byDomain(domain: string): Promise<IdentityProvider[]> {
    if (!domain) return Promise.resolve([]);
    return this.providers.activeForDomain(domain);
  }

  private async own(admin: AuthUser, id: string): Promise<IdentityProvider> {
    const provider = /^[0-9a-f-]{36}$/i.test(id)
      ? await this.repo.findOne({ where: { id, regionId: admin.regionId } })
      : null;
    if (!provider) throw new DomainException(ErrorCode.NotFound, 'Identitetsudbyderen findes ikke.');
    return provider;
  }

  private async checkMunicipalities(admin: AuthUser, ids: string[]): Promise<string[]> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return [];
    const found = await this.dataSource
      .getRepository(Municipality)
      .find({ where: { id: In(unique), regionId: admin.regionId }, select: { id: true } });
    if (found.length !== unique.length)
      throw new DomainException(
        ErrorCode.ValidationFailed,
        'En eller flere kommuner findes ikke i regionen.',
      );
    return unique;
  }

  /** Fills the SAML endpoints from the metadata, or the OIDC issuer and client id. */
  private async applyConnection(
    provider: IdentityProvider,
    input: Partial<IdentityProviderInput>,
    creating: boolean,
  ): Promise<void> {
    if (provider.kind === IdentityProviderKind.Saml) {
      if (input.issuer || input.clientId || input.clientSecret)
        throw new DomainException(
          ErrorCode.ValidationFailed,
          'En SAML-udbyder har ingen issuer, client id eller hemmelighed.',
        );
      if (input.metadataUrl === undefined && input.metadataXml === undefined) {
        if (creating)
          throw new DomainException(
            ErrorCode.ValidationFailed,
            'Angiv metadata-URL eller metadata (XML) for SAML-udbyderen.',
          );
        return;
      }
      const xml = input.metadataXml ?? (await this.fetchMetadata(input.metadataUrl!));
      let metadata;
      try {
        metadata = parseIdpMetadata(xml);
      } catch (error) {
        const message = error instanceof MetadataError ? error.message : 'Metadata kunne ikke læses.';
        throw new DomainException(ErrorCode.ValidationFailed, message);
      }
      provider.entityId = metadata.entityId;
      provider.ssoUrl = metadata.ssoUrl;
      provider.sloUrl = metadata.sloUrl;
      provider.signingCerts = metadata.signingCerts;
      provider.metadataUrl = input.metadataXml !== undefined ? null : input.metadataUrl!;
      return;
    }
    if (input.metadataUrl || input.metadataXml)
      throw new DomainException(
        ErrorCode.ValidationFailed,
        'En OpenID Connect-udbyder har ingen SAML-metadata.',
      );
    if (creating && (!input.issuer || !input.clientId || !input.clientSecret))
      throw new DomainException(ErrorCode.ValidationFailed, 'Angiv issuer, client id og client secret.');
    if (input.issuer) {
      const issuer = new URL(input.issuer);
      if (issuer.protocol !== 'https:' && this.config.env === 'production')
        throw new DomainException(ErrorCode.ValidationFailed, 'Issuer skal bruge https.');
      provider.entityId = input.issuer.replace(/\/$/, '');
    }
    if (input.clientId) provider.clientId = input.clientId;
  }

  private async fetchMetadata(url: string): Promise<string> {
    const parsed = new URL(url);
    if (parsed.protocol !== 'https:' && this.config.env === 'production')
      throw new DomainException(ErrorCode.ValidationFailed, 'Metadata-URL skal bruge https.');
    try {
      const response = await fetch(parsed, {
        signal: AbortSignal.timeout(METADATA_TIMEOUT_MS),
        redirect: 'follow',
      });
      if (!response.ok) throw new Error(String(response.status));
      const text = await response.text();
      if (text.length > METADATA_MAX_BYTES) throw new Error('too large');
      return text;
    } catch {
      throw new DomainException(ErrorCode.ValidationFailed, 'Metadata kunne ikke hentes fra URL’en.');
    }
  }

  private async saveUnique(provider: IdentityProvider): Promise<IdentityProvider> {
    const clash = await this.repo.findOne({ where: { entityId: provider.entityId } });
    if (clash && clash.id !== provider.id)
      throw new DomainException(
        ErrorCode.Conflict,
        'En udbyder med samme entity id/issuer er allerede registreret.',
      );
    return this.repo.save(provider);
  }

  /** Seals the secret with the row id as additional data (so it cannot be moved to another row). */
  private async storeSecret(provider: IdentityProvider, secret: string): Promise<void> {
    const sealed = this.cipher.encrypt(Buffer.from(secret, 'utf8'), aad(provider.id));
    await this.repo.update(
      { id: provider.id },
      { clientSecretCiphertext: sealed, keyId: this.cipher.currentKeyId },
    );
    provider.keyId = this.cipher.currentKeyId;
  }
}

const aad = (providerId: string): string => `identity_providers:${providerId}:client_secret`;

function domainOf(email: string): string {
  const at = email.lastIndexOf('@');
  return at < 0
    ? ''
    : email
        .slice(at + 1)
        .trim()
        .toLowerCase();
}

function normaliseDomains(domains: string[]): string[] {
  return [...new Set(domains.map((domain) => domain.trim().toLowerCase().replace(/^@/, '')).filter(Boolean))];
}

function view(provider: IdentityProvider): IdentityProviderView {
  return {
    id: provider.id,
    name: provider.name,
    kind: provider.kind,
    municipalityIds: provider.municipalityIds,
    emailDomains: provider.emailDomains,
    localLoginAllowed: provider.localLoginAllowed,
    active: provider.active,
    entityId: provider.entityId,
    metadataUrl: provider.metadataUrl ?? null,
    ssoUrl: provider.ssoUrl ?? null,
    sloUrl: provider.sloUrl ?? null,
    signingCertificates: provider.signingCerts?.length ?? 0,
    clientId: provider.clientId ?? null,
    hasClientSecret: provider.keyId !== null && provider.keyId !== undefined,
    createdAt: provider.createdAt,
    updatedAt: provider.updatedAt,
  };
}

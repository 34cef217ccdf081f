import { inflateRawSync } from 'node:zlib';
import { Injectable } from '@nestjs/common';
import {
  CacheItem,
  CacheProvider,
  Profile,
  SAML,
  SamlConfig,
  ValidateInResponseTo,
} from '@node-saml/node-saml';
import { AuditAction, AuditService } from '@app/audit';
import { DomainException, ErrorCode } from '@app/common';
import { AppConfig } from '@app/config';
import type { AuthUser } from '../auth-user';
import { AuthService, LoginResult } from '../auth.service';
import { IdentityProvider, IdentityProviderKind } from '../entities/identity-provider.entity';
import { IdentityProvidersService } from './identity-providers.service';
import { assertionFacts, issuerOf, recipientsOf } from './saml-metadata';
import { SsoRefusal } from './sso-refusal';
import { SsoRepository } from './sso.repository';
import { SubjectBinder } from './subject-binder';

export const SAML_BASE_PATH = '/api/v1/auth/saml';
const REQUEST_LIFETIME_MS = 10 * 60_000;
const PERSISTENT = 'urn:oasis:names:tc:SAML:2.0:nameid-format:persistent';

/** OIOSAML 3 (and the common claim) attribute names the platform reads. */
export const SAML_ATTRIBUTES = {
  email: [
    'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress',
    'https://data.gov.dk/model/core/eid/email',
  ],
  uuid: 'https://data.gov.dk/model/core/eid/professional/uuid/persistent',
  loa: 'https://data.gov.dk/concept/core/nsis/loa',
} as const;

/** NSIS levels of assurance below this are refused (case data is sensitive). */
const ACCEPTED_LOA = new Set(['Substantial', 'High']);

/**
 * SAML 2.0 service provider for every registered SAML identity provider (one SP entity, one ACS,
 * one SLO endpoint; a message is routed by its Issuer and then verified with that IdP's keys only).
 * node-saml does the XML signatures, decryption, audience, time and InResponseTo checks; request ids
 * and accepted assertion ids live in PostgreSQL so any replica can finish a flow and no assertion is
 * accepted twice.
 */
@Injectable()
export class SamlService {
  constructor(
    private readonly auth: AuthService,
    private readonly providers: IdentityProvidersService,
    private readonly binder: SubjectBinder,
    private readonly repository: SsoRepository,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
  ) {}

  get enabled(): boolean {
    return this.config.samlSp !== null;
  }

  get entityId(): string {
    return `${this.config.appUrl}${SAML_BASE_PATH}/metadata`;
  }

  get acsUrl(): string {
    return `${this.config.appUrl}${SAML_BASE_PATH}/acs`;
  }

  get sloUrl(): string {
    return `${this.config.appUrl}${SAML_BASE_PATH}/slo`;
  }

  /** The service provider's metadata (signing and encryption certificate, ACS, SLO). */
  metadata(): string {
    const sp = this.requireSp();
    const xml = this.client(null).generateServiceProviderMetadata(sp.cert, sp.cert);
    // node-saml lists single logout with HTTP-POST only; the endpoint takes HTTP-Redirect too (first).
    const post = `<SingleLogoutService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST"`;
    return xml.replace(
      post,
      `<SingleLogoutService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="${this.sloUrl}"/>${post}`,
    );
  }

  /** The IdP's URL with a signed AuthnRequest (HTTP-Redirect); the request id is stored. */
  async start(providerId: string): Promise<string> {
    this.requireSp();
    const provider = /^[0-9a-f-]{36}$/i.test(providerId) ? await this.providers.findActive(providerId) : null;
    if (!provider || provider.kind !== IdentityProviderKind.Saml)
      throw new DomainException(ErrorCode.NotFound, 'Identitetsudbyderen findes ikke.');
    return this.client(provider).getAuthorizeUrlAsync('', undefined, {});
  }

  /** Finishes a sign-in from the ACS POST. Every refusal is audited and rethrown as an SsoRefusal. */
  async finish(body: Record<string, unknown>): Promise<LoginResult> {
    this.requireSp();
    let provider: IdentityProvider | null = null;
    try {
      const encoded = typeof body.SAMLResponse === 'string' ? body.SAMLResponse : '';
      if (!encoded) throw new SsoRefusal('no_response');
      const xml = Buffer.from(encoded, 'base64').toString('utf8');
      provider = await this.providerOf(xml);

      // Cheap check first: an assertion id we already accepted is refused before anything else.
      const seen = assertionFacts(xml);
      if (seen.id && (await this.repository.storedAt(assertionKey(provider.id, seen.id))))
        throw new SsoRefusal('replayed');

      let profile: Profile | null;
      try {
        ({ profile } = await this.client(provider).validatePostResponseAsync({ SAMLResponse: encoded }));
      } catch (error) {
        throw new SsoRefusal(classify(error));
      }
      if (!profile) throw new SsoRefusal('no_assertion');
      const assertionXml = profile.getAssertionXml?.() ?? '';
      if (!recipientIs(assertionXml, this.acsUrl)) throw new SsoRefusal('wrong_recipient');
      const facts = assertionFacts(assertionXml);
      if (!facts.id) throw new SsoRefusal('no_assertion');
      const keepUntil = new Date(
        Math.max(facts.notOnOrAfter?.getTime() ?? 0, Date.now()) + this.config.samlClockSkewMs + 60_000,
      );
      if (!(await this.repository.storeOnce(assertionKey(provider.id, facts.id), keepUntil)))
        throw new SsoRefusal('replayed');

      const loa = attribute(profile, SAML_ATTRIBUTES.loa);
      if (loa && !ACCEPTED_LOA.has(loa)) throw new SsoRefusal('assurance_too_low');
      const nameId = profile.nameID;
      if (!nameId) throw new SsoRefusal('no_subject');
      const email = (SAML_ATTRIBUTES.email.map((name) => attribute(profile, name)).find(Boolean) ?? '')
        .trim()
        .toLowerCase();
      const user = await this.binder.resolve({
        subject: `${provider.entityId} ${nameId}`,
        email,
        method: 'saml',
      });
      if (!this.providers.serves(provider, user)) throw new SsoRefusal('outside_provider_scope', user, email);
      const amr = loa ? ['saml', `loa:${loa.toLowerCase()}`] : ['saml'];
      const owner = provider;
      return await this.auth.startSession(user, 'saml', amr, false, (manager, sessionId) =>
        this.repository.recordSession(manager, {
          sessionId,
          providerId: owner.id,
          nameId,
          nameIdFormat: profile.nameIDFormat ?? null,
          sessionIndex: profile.sessionIndex ?? null,
        }),
      );
    } catch (error) {
      const refusal = error instanceof SsoRefusal ? error : new SsoRefusal('internal_error');
      await this.refused(refusal, provider);
      throw refusal;
    }
  }

  /**
   * SP-initiated single logout: ends our session at once and, when the session came from a SAML
   * provider with a logout endpoint, returns the URL with a signed LogoutRequest for the browser.
   */
  async logout(user: AuthUser, sessionId: string): Promise<string | null> {
    const sso = await this.repository.sessionOf(sessionId);
    await this.auth.logout(user, sessionId);
    if (!sso || !this.enabled) return null;
    const provider = await this.providers.findActive(sso.provider_id);
    if (!provider?.sloUrl) return null;
    const profile: Profile = {
      issuer: provider.entityId,
      nameID: sso.name_id,
      nameIDFormat: sso.name_id_format ?? PERSISTENT,
      ...(sso.session_index ? { sessionIndex: sso.session_index } : {}),
    };
    return this.client(provider).getLogoutUrlAsync(profile, '', {});
  }

  /**
   * The SLO endpoint (HTTP-Redirect). A LogoutRequest from an IdP ends our sessions of that subject
   * and answers with a signed LogoutResponse; a LogoutResponse to our request goes to the log-in page.
   */
  async singleLogout(
    query: Record<string, string>,
    rawQuery: string,
    binding: 'redirect' | 'post' = 'redirect',
  ): Promise<string> {
    const loggedOutPage = `${this.config.appUrl}/#/log-ind?logget-ud=1`;
    const kind = query.SAMLRequest ? 'SAMLRequest' : query.SAMLResponse ? 'SAMLResponse' : null;
    if (!kind)
      throw new DomainException(ErrorCode.ValidationFailed, 'Mangler SAMLRequest eller SAMLResponse.');
    // node-saml accepts an unsigned redirect message; a logout must be signed by the IdP.
    if (binding === 'redirect' && (!query.Signature || !query.SigAlg))
      throw new DomainException(ErrorCode.Unauthenticated, 'Logout-beskeden er ikke signeret.');
    let xml: string;
    try {
      const bytes = Buffer.from(query[kind], 'base64');
      xml = (binding === 'redirect' ? inflateRawSync(bytes) : bytes).toString('utf8');
    } catch {
      throw new DomainException(ErrorCode.ValidationFailed, 'Logout-beskeden kan ikke læses.');
    }
    let provider: IdentityProvider;
    try {
      provider = await this.providerOf(xml);
    } catch {
      throw new DomainException(ErrorCode.Unauthenticated, 'Ukendt identitetsudbyder.');
    }
    const saml = this.client(provider);
    let result: { profile: Profile | null; loggedOut: boolean };
    try {
      // The POST binding's XML signature is required and checked by node-saml.
      result =
        binding === 'redirect'
          ? await saml.validateRedirectAsync(query, rawQuery)
          : kind === 'SAMLRequest'
            ? await saml.validatePostRequestAsync(query)
            : await saml.validatePostResponseAsync(query);
    } catch {
      await this.audit.record({
        action: AuditAction.SsoLogout,
        regionId: provider.regionId,
        details: { method: 'saml', direction: kind === 'SAMLRequest' ? 'idp' : 'sp', outcome: 'refused' },
      });
      throw new DomainException(ErrorCode.Unauthenticated, 'Logout-beskeden kunne ikke verificeres.');
    }
    if (kind === 'SAMLResponse') return loggedOutPage;

    const profile = result.profile!;
    const indexes = ([] as unknown[]).concat(profile.sessionIndex ?? []).map(String);
    const ended = await this.repository.revokeBySubject(provider.id, profile.nameID, indexes);
    for (const session of ended) {
      await this.audit.record({
        action: AuditAction.SsoLogout,
        subject: { type: 'user', id: session.user_id },
        regionId: provider.regionId,
        details: { method: 'saml', direction: 'idp', outcome: 'session_ended' },
      });
    }
    return saml.getLogoutResponseUrlAsync(profile, query.RelayState ?? '', {}, true);
  }

  private async providerOf(xml: string): Promise<IdentityProvider> {
    const issuer = issuerOf(xml);
    const provider = issuer
      ? await this.providers.findActiveByEntityId(issuer, IdentityProviderKind.Saml)
      : null;
    if (!provider) throw new SsoRefusal('unknown_provider');
    return provider;
  }

  private async refused(refusal: SsoRefusal, provider: IdentityProvider | null): Promise<void> {
    await this.audit.record({
      action: AuditAction.LoginFailed,
      subject: refusal.user ? { type: 'user', id: refusal.user.id } : null,
      regionId: refusal.user?.regionId ?? provider?.regionId ?? null,
      details: {
        method: 'saml',
        reason: refusal.reason,
        ...(provider ? { provider: provider.id } : {}),
        ...(refusal.email ? { email: refusal.email } : {}),
      },
    });
  }

  private requireSp(): { privateKey: string; cert: string } {
    const sp = this.config.samlSp;
    if (!sp) throw new DomainException(ErrorCode.NotFound, 'SAML er ikke sat op.');
    return sp;
  }

  /** node-saml for one IdP (or, for the metadata, none). */
  private client(provider: IdentityProvider | null): SAML {
    const sp = this.requireSp();
    const options: SamlConfig = {
      issuer: this.entityId,
      audience: this.entityId,
      callbackUrl: this.acsUrl,
      logoutCallbackUrl: this.sloUrl,
      idpCert: provider?.signingCerts.length ? provider.signingCerts : sp.cert,
      idpIssuer: provider?.entityId,
      entryPoint: provider?.ssoUrl ?? undefined,
      logoutUrl: provider?.sloUrl ?? undefined,
      privateKey: sp.privateKey,
      publicCert: sp.cert,
      decryptionPvk: sp.privateKey,
      signatureAlgorithm: 'sha256',
      digestAlgorithm: 'sha256',
      wantAssertionsSigned: true,
      wantAuthnResponseSigned: false,
      identifierFormat: PERSISTENT,
      disableRequestedAuthnContext: true,
      acceptedClockSkewMs: this.config.samlClockSkewMs,
      validateInResponseTo: ValidateInResponseTo.always,
      requestIdExpirationPeriodMs: REQUEST_LIFETIME_MS,
      cacheProvider: provider ? new PgRequestCache(this.repository, provider.id) : undefined,
    };
    return new SAML(options);
  }
}

/** node-saml's request-id cache on PostgreSQL, one key space per provider. */
class PgRequestCache implements CacheProvider {
  constructor(
    private readonly repository: SsoRepository,
    private readonly providerId: string,
  ) {}

  async saveAsync(key: string, value: string): Promise<CacheItem | null> {
    const createdAt = Date.now();
    const stored = await this.repository.storeOnce(this.key(key), new Date(createdAt + REQUEST_LIFETIME_MS));
    return stored ? { value, createdAt } : null;
  }

  async getAsync(key: string): Promise<string | null> {
    const expiresAt = await this.repository.storedAt(this.key(key));
    // node-saml reads the value as the request's creation instant.
    return expiresAt ? new Date(expiresAt.getTime() - REQUEST_LIFETIME_MS).toISOString() : null;
  }

  async removeAsync(key: string | null): Promise<string | null> {
    if (!key) return null;
    return (await this.repository.remove(this.key(key))) ? key : null;
  }

  private key(id: string): string {
    return `request:${this.providerId}:${id}`;
  }
}

const assertionKey = (providerId: string, id: string): string => `assertion:${providerId}:${id}`;

function attribute(profile: Profile, name: string): string | null {
  const value = profile[name];
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === 'string' && first ? first : null;
}

/** SubjectConfirmationData Recipient must be our ACS (node-saml does not check it). */
function recipientIs(assertionXml: string, acsUrl: string): boolean {
  const recipients = recipientsOf(assertionXml);
  return recipients.length > 0 && recipients.every((recipient) => recipient === acsUrl);
}

/** A short reason for the audit log from node-saml's error messages. */
function classify(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (/InResponseTo/i.test(message)) return 'in_response_to_mismatch';
  if (/audience/i.test(message)) return 'wrong_audience';
  // node-saml checks only the times of a SubjectConfirmation, so "none valid" means expired.
  if (/expired|NotOnOrAfter|NotBefore|subject confirmation/i.test(message)) return 'expired';
  if (/signature|signed/i.test(message)) return 'invalid_signature';
  if (/issuer/i.test(message)) return 'wrong_issuer';
  if (/SAML provider returned/i.test(message)) return 'provider_error';
  return 'invalid_response';
}

import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import type { CookieSerializeOptions } from '@fastify/cookie';
import { Injectable } from '@nestjs/common';
import * as client from 'openid-client';
import { AuditAction, AuditService } from '@app/audit';
import { DomainException, ErrorCode } from '@app/common';
import { AppConfig } from '@app/config';
import { User } from '@app/organisations';
import { AuthService, LoginResult } from './auth.service';
import { IdentityProvider, IdentityProviderKind } from './entities/identity-provider.entity';
import { IdentityProvidersService } from './sso/identity-providers.service';
import { SsoRefusal } from './sso/sso-refusal';
import { SubjectBinder } from './sso/subject-binder';

/** The cookie that carries state, nonce and PKCE verifier from `/oidc/login` to `/oidc/callback`. */
export const OIDC_STATE_COOKIE = 'sp_oidc';
export const OIDC_CALLBACK_PATH = '/api/v1/auth/oidc/callback';
const OIDC_COOKIE_PATH = '/api/v1/auth/oidc';
const STATE_LIFETIME_MS = 10 * 60_000;
const SCOPE = 'openid email profile';

interface LoginState {
  state: string;
  nonce: string;
  verifier: string;
  /** A registered provider's id; absent for the provider from the environment. */
  provider?: string;
  /** Epoch ms after which the state is refused. */
  exp: number;
}

/** Kept under its old name: the refusals of every single sign-on are one kind now. */
export { SsoRefusal as OidcRefusal };

/**
 * OpenID Connect sign-in (authorization-code flow with PKCE). State, nonce and code verifier travel in
 * a signed, HttpOnly, SameSite=Lax cookie that lives 10 minutes, so any replica can finish a sign-in
 * another one started. Only users an admin created get in: matched on the bound subject, else on the
 * (verified) e-mail, whose user is then bound to the subject. Role and municipality are ours.
 */
@Injectable()
export class OidcService {
  private discovered: Promise<client.Configuration> | null = null;
  /** Registered providers' discovery, keyed by id and last change (a change discovers again). */
  private readonly registered = new Map<string, Promise<client.Configuration>>();
  private readonly cookieKey: Buffer;

  constructor(
    private readonly auth: AuthService,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
    private readonly binder: SubjectBinder,
    private readonly providers: IdentityProvidersService,
  ) {
    this.cookieKey = createHash('sha256').update(`oidc-login-state:${config.authSecret}`).digest();
  }

  get enabled(): boolean {
    return this.config.oidc !== null;
  }

  /** The environment's provider or any registered one is there (the callback serves them all). */
  async anyProvider(): Promise<boolean> {
    return this.enabled || (await this.providers.anyActive(IdentityProviderKind.Oidc));
  }

  get callbackUrl(): string {
    return `${this.config.appUrl}${OIDC_CALLBACK_PATH}`;
  }

  /** Where the browser lands after a sign-in; the web app reads the tokens from the fragment. */
  successRedirect(result: LoginResult): string {
    const fragment = new URLSearchParams({
      accessToken: result.accessToken,
      refreshToken: result.refreshToken,
      expiresIn: String(result.expiresIn),
    });
    return `${this.config.appUrl}/#/sso#${fragment.toString()}`;
  }

  get failureRedirect(): string {
    return `${this.config.appUrl}/#/log-ind?sso=fejl`;
  }

  /**
   * Starts a sign-in: the provider's authorization URL and the value of the state cookie holding the
   * checks (the HTTP layer sets it as OIDC_STATE_COOKIE with `stateCookieOptions`).
   */
  async start(providerId?: string): Promise<{ url: string; state: string }> {
    const provider = providerId ? await this.registeredProvider(providerId) : null;
    const configuration = provider
      ? await this.registeredConfiguration(provider)
      : await this.configuration();
    const verifier = client.randomPKCECodeVerifier();
    const state = client.randomState();
    const nonce = client.randomNonce();
    const url = client.buildAuthorizationUrl(configuration, {
      redirect_uri: this.callbackUrl,
      scope: SCOPE,
      code_challenge: await client.calculatePKCECodeChallenge(verifier),
      code_challenge_method: 'S256',
      state,
      nonce,
    });
    const signed = this.sign({
      state,
      nonce,
      verifier,
      ...(provider ? { provider: provider.id } : {}),
      exp: Date.now() + STATE_LIFETIME_MS,
    });
    return { url: url.href, state: signed };
  }

  /** The state cookie's attributes: only the OIDC routes see it, never script, and it lives 10 minutes. */
  get stateCookieOptions(): CookieSerializeOptions {
    return {
      path: OIDC_COOKIE_PATH,
      maxAge: STATE_LIFETIME_MS / 1000,
      httpOnly: true,
      sameSite: 'lax',
      secure: this.config.appUrl.startsWith('https:'),
    };
  }

  /**
   * Finishes a sign-in from the callback's query string and the state cookie's value. Any failure is
   * audited as `login.failed` and rethrown as an SsoRefusal.
   */
  async finish(search: string, stateCookie: string | undefined): Promise<LoginResult> {
    let provider: IdentityProvider | null = null;
    try {
      const checks = this.readState(stateCookie);
      if (!checks) throw new SsoRefusal('missing_state');
      const params = new URLSearchParams(search);
      if (params.get('state') !== checks.state) throw new SsoRefusal('state_mismatch');
      if (params.has('error')) throw new SsoRefusal('provider_error');

      if (checks.provider) provider = await this.registeredProvider(checks.provider).catch(() => null);
      if (checks.provider && !provider) throw new SsoRefusal('unknown_provider');
      const configuration = provider
        ? await this.registeredConfiguration(provider)
        : await this.configuration();
      const currentUrl = new URL(this.callbackUrl);
      currentUrl.search = params.toString();
      let tokens: Awaited<ReturnType<typeof client.authorizationCodeGrant>>;
      try {
        tokens = await client.authorizationCodeGrant(configuration, currentUrl, {
          pkceCodeVerifier: checks.verifier,
          expectedState: checks.state,
          expectedNonce: checks.nonce,
          idTokenExpected: true,
        });
      } catch (error) {
        throw new SsoRefusal(classify(error));
      }
      const claims = tokens.claims();
      if (!claims) throw new SsoRefusal('no_id_token');
      const user = await this.resolveUser(String(claims.iss), claims.sub, claims);
      // A registered provider vouches only for the organisations it was registered for.
      if (provider && !this.providers.serves(provider, user))
        throw new SsoRefusal('outside_provider_scope', user, user.email);
      return await this.auth.startSession(user, 'oidc');
    } catch (error) {
      const refusal = error instanceof SsoRefusal ? error : new SsoRefusal('internal_error');
      await this.audit.record({
        action: AuditAction.LoginFailed,
        subject: refusal.user ? { type: 'user', id: refusal.user.id } : null,
        regionId: refusal.user?.regionId ?? provider?.regionId ?? null,
        details: {
          method: 'oidc',
          reason: refusal.reason,
          ...(provider ? { provider: provider.id } : {}),
          ...(refusal.email ? { email: refusal.email } : {}),
        },
      });
      throw refusal;
    }
  }

  /** Our user for a verified identity (ID token claims): by bound subject, else by e-mail (then bound). */
  private async resolveUser(issuer: string, sub: string, claims: client.IDToken): Promise<User> {
    const email = typeof claims.email === 'string' ? claims.email.trim().toLowerCase() : '';
    // Required when the provider states it; brokers that never send the claim vouch for the address.
    if (email && 'email_verified' in claims && claims.email_verified !== true) {
      const bound = await this.binder.findBound(`${issuer} ${sub}`);
      if (!bound) throw new SsoRefusal('email_not_verified', null, email);
    }
    return this.binder.resolve({ subject: `${issuer} ${sub}`, email, method: 'oidc' });
  }

  /** An active OpenID Connect provider an admin registered, or 404. */
  private async registeredProvider(id: string): Promise<IdentityProvider> {
    const provider = /^[0-9a-f-]{36}$/i.test(id) ? await this.providers.findActive(id) : null;
    if (!provider || provider.kind !== IdentityProviderKind.Oidc || !provider.clientId)
      throw new DomainException(ErrorCode.NotFound, 'Identitetsudbyderen findes ikke.');
    return provider;
  }

  private registeredConfiguration(provider: IdentityProvider): Promise<client.Configuration> {
    const key = `${provider.id}:${provider.updatedAt.getTime()}`;
    let discovered = this.registered.get(key);
    if (!discovered) {
      discovered = this.providers.clientSecret(provider.id).then((secret) => {
        const issuer = new URL(provider.entityId);
        const insecure = issuer.protocol === 'http:' && this.config.env !== 'production';
        return client.discovery(
          issuer,
          provider.clientId!,
          undefined,
          client.ClientSecretBasic(secret ?? ''),
          insecure ? { execute: [client.allowInsecureRequests] } : undefined,
        );
      });
      discovered.catch(() => this.registered.delete(key)); // try again on the next sign-in
      this.registered.set(key, discovered);
    }
    return discovered;
  }

  private configuration(): Promise<client.Configuration> {
    const oidc = this.config.oidc;
    if (!oidc) throw new DomainException(ErrorCode.NotFound, 'Single sign-on is not configured');
    if (!this.discovered) {
      const issuer = new URL(oidc.issuer);
      // Plain http only for a local or test provider; production issuers must use https.
      const insecure = issuer.protocol === 'http:' && this.config.env !== 'production';
      this.discovered = client
        .discovery(
          issuer,
          oidc.clientId,
          undefined,
          client.ClientSecretBasic(oidc.clientSecret),
          insecure ? { execute: [client.allowInsecureRequests] } : undefined,
        )
        .catch((error: unknown) => {
          this.discovered = null; // try again on the next sign-in
          throw error;
        });
    }
    return this.discovered;
  }

  private sign(state: LoginState): string {
    const payload = Buffer.from(JSON.stringify(state)).toString('base64url');
    return `${payload}.${this.mac(payload)}`;
  }

  private readState(raw: string | undefined): LoginState | null {
    if (!raw) return null;
    const [payload, mac] = raw.split('.');
    if (!payload || !mac) return null;
    const expected = Buffer.from(this.mac(payload));
    const given = Buffer.from(mac);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
    try {
      const state = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as LoginState;
      return typeof state.exp === 'number' && state.exp > Date.now() ? state : null;
    } catch {
      return null;
    }
  }

  private mac(payload: string): string {
    return createHmac('sha256', this.cookieKey).update(payload).digest('base64url');
  }
}

/** A short reason for the audit log from an openid-client error (the claim is deep in `cause`). */
function classify(error: unknown): string {
  if (error instanceof client.AuthorizationResponseError) return 'provider_error';
  if (error instanceof client.ResponseBodyError) return 'token_request_refused';
  for (let cause: unknown = error, depth = 0; cause && depth < 5; depth++) {
    const claim = (cause as { claim?: unknown }).claim;
    if (claim === 'nonce') return 'nonce_mismatch';
    if (claim === 'state') return 'state_mismatch';
    cause = (cause as { cause?: unknown }).cause;
  }
  return 'token_validation_failed';
}

export { AuthModule } from './auth.module';
export { AuthService } from './auth.service';
export type { LoginResult, MfaChallenge } from './auth.service';
export { AccountLinksService } from './account-links.service';
export { MfaService } from './mfa.service';
export type { TotpEnrolment } from './mfa.service';
export {
  AuthConfigResponse,
  LoginResponse,
  MeResponse,
  MfaChallengeResponse,
  MfaStatusResponse,
  RecoveryCodesResponse,
  TotpEnrolmentResponse,
} from './dto/auth.response';
export { OIDC_STATE_COOKIE, OidcRefusal, OidcService } from './oidc.service';
export type { AuthUser } from './auth-user';
export { toAuthUser } from './auth-user';
export { AllowWithoutMfa, CurrentSession, CurrentSignIn, CurrentUser, Public, Roles } from './decorators';
export type { SignInFacts } from './decorators';
export { SessionsRepository } from './sessions.repository';
export { PasswordService } from './password.service';
export { IdentityProvidersService } from './sso/identity-providers.service';
export type {
  DiscoveredProvider,
  IdentityProviderInput,
  IdentityProviderView,
} from './sso/identity-providers.service';
export { IdentityProviderKind } from './entities/identity-provider.entity';
export { SAML_ATTRIBUTES, SAML_BASE_PATH, SamlService } from './sso/saml.service';
export { SsoRefusal } from './sso/sso-refusal';
export {
  CreateIdentityProviderDto,
  DiscoverDto,
  UpdateIdentityProviderDto,
} from './sso/dto/identity-provider.dto';
export { HomeRealmResponse, IdentityProviderResponse } from './sso/dto/identity-provider.response';

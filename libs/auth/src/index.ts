export { AuthModule } from './auth.module';
export { AuthService } from './auth.service';
export type { LoginResult } from './auth.service';
export { OidcRefusal, OidcService } from './oidc.service';
export type { AuthUser } from './auth-user';
export { toAuthUser } from './auth-user';
export { CurrentSession, CurrentUser, Public, Roles } from './decorators';
export { SessionsRepository } from './sessions.repository';
export { PasswordService } from './password.service';

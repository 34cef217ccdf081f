import { createSecretKey } from 'node:crypto';
import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { AppConfig } from '@app/config';
import { JobsModule } from '@app/jobs';
import { OrganisationsModule } from '@app/organisations';
import { AccountLinksRepository } from './account-links.repository';
import { AccountLinksService } from './account-links.service';
import { AuthGuard } from './auth.guard';
import { AuthService } from './auth.service';
import { LoginThrottleRepository } from './login-throttle.repository';
import { MfaRepository } from './mfa.repository';
import { MfaService } from './mfa.service';
import { OidcService } from './oidc.service';
import { PasswordService } from './password.service';
import { IdentityProvidersRepository } from './sso/identity-providers.repository';
import { IdentityProvidersService } from './sso/identity-providers.service';
import { SamlService } from './sso/saml.service';
import { SsoRepository } from './sso/sso.repository';
import { SubjectBinder } from './sso/subject-binder';
import { SessionsRepository } from './sessions.repository';
import { TokenService } from './token.service';

@Module({
  imports: [
    OrganisationsModule,
    JobsModule,
    JwtModule.registerAsync({
      inject: [AppConfig],
      // A key object, made once: given the string, jsonwebtoken tries (and fails) to parse it as a
      // public key on every verification — an exception and about a millisecond of the event loop
      // per request. The bytes are the same (UTF-8), so tokens already issued stay valid.
      useFactory: (config: AppConfig) => ({
        secret: createSecretKey(Buffer.from(config.authSecret, 'utf8')),
      }),
    }),
  ],
  providers: [
    AuthService,
    OidcService,
    PasswordService,
    TokenService,
    SessionsRepository,
    LoginThrottleRepository,
    MfaRepository,
    MfaService,
    AccountLinksRepository,
    AccountLinksService,
    IdentityProvidersRepository,
    IdentityProvidersService,
    SamlService,
    SsoRepository,
    SubjectBinder,
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [
    AuthService,
    OidcService,
    PasswordService,
    SessionsRepository,
    MfaService,
    AccountLinksService,
    IdentityProvidersService,
    SamlService,
  ],
})
export class AuthModule {}

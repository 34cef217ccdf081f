import { Body, Controller, Get, HttpCode, Post, Query, Req, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiExtraModels,
  ApiOkResponse,
  ApiOperation,
  ApiProperty,
  ApiPropertyOptional,
  ApiTags,
  getSchemaPath,
} from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsOptional, IsString, Matches, MaxLength, MinLength, ValidateIf } from 'class-validator';
import { FastifyReply, FastifyRequest } from 'fastify';
import {
  AccountLinksService,
  AllowWithoutMfa,
  AuthConfigResponse,
  AuthService,
  AuthUser,
  CurrentSession,
  CurrentSignIn,
  CurrentUser,
  LoginResponse,
  LoginResult,
  MeResponse,
  MfaChallenge,
  MfaChallengeResponse,
  MfaService,
  OIDC_STATE_COOKIE,
  MfaStatusResponse,
  OidcService,
  Public,
  RecoveryCodesResponse,
  SignInFacts,
  TotpEnrolment,
  TotpEnrolmentResponse,
} from '@app/auth';
import { DomainException, ErrorCode, normaliseClientIp } from '@app/common';

class LoginDto {
  @ApiProperty({ example: 'ppr.aarhus@sparring.test' })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsEmail()
  @MaxLength(254)
  email!: string;

  @ApiProperty({ example: 'sparring-demo' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  password!: string;
}

class MfaLoginDto {
  @ApiProperty({ description: 'The mfaToken from POST /auth/login' })
  @IsString()
  @MinLength(1)
  @MaxLength(2000)
  mfaToken!: string;

  @ApiPropertyOptional({ example: '123456', description: 'The 6-digit code from the authenticator app' })
  @ValidateIf((dto: MfaLoginDto) => dto.recoveryCode === undefined)
  @IsString()
  @Matches(/^\d{6}$/)
  code?: string;

  @ApiPropertyOptional({ example: 'ABCDE-FGHJK', description: 'A one-time recovery code instead of a code' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(40)
  recoveryCode?: string;
}

class ForgotPasswordDto {
  @ApiProperty({ example: 'ppr.aarhus@sparring.test' })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsEmail()
  @MaxLength(254)
  email!: string;
}

class SetPasswordDto {
  @ApiProperty({ description: 'The token of the link in the invitation or reset mail' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  token!: string;

  @ApiProperty({ minLength: 10, maxLength: 200 })
  @IsString()
  @MinLength(10)
  @MaxLength(200)
  password!: string;
}

class TotpCodeDto {
  @ApiProperty({ example: '123456' })
  @IsString()
  @Matches(/^\d{6}$/)
  code!: string;
}

/** `GET /auth/me`: the user, and how this session was signed in. */
type Me = AuthUser & {
  amr: string[];
  mfa: boolean;
  mfaEnabled: boolean;
  mfaEnrolmentRequired: boolean;
};

class RefreshDto {
  @ApiProperty()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  refreshToken!: string;
}

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly oidc: OidcService,
    private readonly mfa: MfaService,
    private readonly links: AccountLinksService,
  ) {}

  @Public()
  @Post('login')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Sign in with a local account; returns a bearer token, or `{ mfaRequired, mfaToken }` when the account has an authenticator',
  })
  @ApiExtraModels(LoginResponse, MfaChallengeResponse)
  @ApiOkResponse({
    schema: {
      oneOf: [{ $ref: getSchemaPath(LoginResponse) }, { $ref: getSchemaPath(MfaChallengeResponse) }],
    },
  })
  login(@Body() dto: LoginDto, @Req() request: FastifyRequest): Promise<LoginResult | MfaChallenge> {
    return this.auth.login(dto.email, dto.password, normaliseClientIp(request.ip));
  }

  @Public()
  @Post('login/mfa')
  @HttpCode(200)
  @ApiOperation({ summary: 'Second sign-in step: a code from the authenticator app or a recovery code' })
  @ApiOkResponse({ type: LoginResponse })
  loginMfa(@Body() dto: MfaLoginDto, @Req() request: FastifyRequest): Promise<LoginResult> {
    return this.auth.completeMfa(
      dto.mfaToken,
      dto.recoveryCode !== undefined && dto.code === undefined
        ? { recoveryCode: dto.recoveryCode }
        : { code: dto.code },
      normaliseClientIp(request.ip),
    );
  }

  @Public()
  @Post('password/forgot')
  @HttpCode(202)
  @ApiOperation({
    summary:
      '"Glemt adgangskode": mails a one-time link if the address has an account (the answer is always the same)',
  })
  async forgotPassword(@Body() dto: ForgotPasswordDto): Promise<Record<string, never>> {
    await this.links.requestReset(dto.email);
    return {};
  }

  @Public()
  @Post('password')
  @HttpCode(204)
  @ApiOperation({ summary: 'Set a password from an invitation or reset link (the link works once)' })
  setPassword(@Body() dto: SetPasswordDto): Promise<void> {
    return this.links.setPassword(dto.token, dto.password);
  }

  @Get('mfa')
  @AllowWithoutMfa()
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Whether the caller has an authenticator, and how many recovery codes are left' })
  @ApiOkResponse({ type: MfaStatusResponse })
  mfaStatus(@CurrentUser() user: AuthUser): Promise<{ enabled: boolean; recoveryCodesLeft: number }> {
    return this.mfa.status(user.id);
  }

  @Post('mfa/totp')
  @AllowWithoutMfa()
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Start enrolling an authenticator app: a new secret, as text and QR code' })
  @ApiCreatedResponse({ type: TotpEnrolmentResponse })
  startTotp(@CurrentUser() user: AuthUser): Promise<TotpEnrolment> {
    return this.mfa.startEnrolment(user);
  }

  @Post('mfa/totp/confirm')
  @HttpCode(200)
  @AllowWithoutMfa()
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Finish enrolment with the first code; returns the recovery codes (shown once)' })
  @ApiOkResponse({ type: RecoveryCodesResponse })
  confirmTotp(
    @CurrentUser() user: AuthUser,
    @CurrentSession() sessionId: string,
    @Body() dto: TotpCodeDto,
  ): Promise<{ recoveryCodes: string[] }> {
    return this.mfa.confirmEnrolment(user, sessionId, dto.code);
  }

  @Public()
  @Get('config')
  @ApiOperation({ summary: 'Which sign-in methods the web app should offer' })
  @ApiOkResponse({ type: AuthConfigResponse })
  config(): Promise<{ sso: boolean; localLogin: boolean; discovery: boolean }> {
    return this.auth.signInOptions();
  }

  @Public()
  @Get('oidc/login')
  @ApiOperation({ summary: 'Single sign-on: redirects to the OpenID provider (404 when SSO is off)' })
  async oidcLogin(
    @Query('provider') provider: string | undefined,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    // `?provider=<id>`: a provider an admin registered; without it the one from the environment.
    if (!provider) this.requireOidc();
    const { url, state } = await this.oidc.start(provider);
    await reply
      .setCookie(OIDC_STATE_COOKIE, state, this.oidc.stateCookieOptions)
      .header('Cache-Control', 'no-store')
      .redirect(url, 302);
  }

  @Public()
  @Get('oidc/callback')
  @ApiOperation({
    summary: 'Single sign-on: the provider returns here; redirects to the web app with tokens or an error',
  })
  async oidcCallback(@Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    if (!(await this.oidc.anyProvider())) this.requireOidc();
    const query = request.url.indexOf('?');
    let target: string;
    try {
      const result = await this.oidc.finish(
        query < 0 ? '' : request.url.slice(query + 1),
        request.cookies[OIDC_STATE_COOKIE],
      );
      target = this.oidc.successRedirect(result);
    } catch {
      target = this.oidc.failureRedirect; // the reason is in the audit log, never in the browser
    }
    await reply
      .clearCookie(OIDC_STATE_COOKIE, this.oidc.stateCookieOptions)
      .header('Cache-Control', 'no-store')
      .header('Referrer-Policy', 'no-referrer')
      .redirect(target, 302);
  }

  @Public()
  @Post('refresh')
  @HttpCode(200)
  @ApiOperation({ summary: 'Exchange a refresh token for a new pair (each refresh token works once)' })
  @ApiOkResponse({ type: LoginResponse })
  refresh(@Body() dto: RefreshDto): Promise<LoginResult> {
    return this.auth.refresh(dto.refreshToken);
  }

  @Post('logout')
  @AllowWithoutMfa()
  @HttpCode(204)
  @ApiBearerAuth()
  @ApiOperation({ summary: 'End this session: its access and refresh tokens stop working' })
  logout(@CurrentUser() user: AuthUser, @CurrentSession() sessionId: string): Promise<void> {
    return this.auth.logout(user, sessionId);
  }

  @Get('me')
  @AllowWithoutMfa()
  @ApiBearerAuth()
  @ApiOperation({ summary: 'The signed-in user, and how this session was signed in (amr, mfa)' })
  @ApiOkResponse({ type: MeResponse })
  async me(@CurrentUser() user: AuthUser, @CurrentSignIn() signIn: SignInFacts): Promise<Me> {
    return {
      ...user,
      amr: signIn.amr,
      mfa: signIn.mfa,
      mfaEnabled: await this.mfa.isEnabled(user.id),
      mfaEnrolmentRequired: !signIn.mfaSatisfied,
    };
  }

  private requireOidc(): void {
    if (!this.oidc.enabled) throw new DomainException(ErrorCode.NotFound, 'Single sign-on is not configured');
  }
}

import { Body, Controller, Get, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsString, MaxLength, MinLength } from 'class-validator';
import { FastifyReply, FastifyRequest } from 'fastify';
import {
  AuthService,
  AuthUser,
  CurrentSession,
  CurrentUser,
  LoginResult,
  OidcService,
  Public,
} from '@app/auth';
import { DomainException, ErrorCode } from '@app/common';

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
  ) {}

  @Public()
  @Post('login')
  @HttpCode(200)
  @ApiOperation({ summary: 'Sign in with a local account; returns a bearer token' })
  login(@Body() dto: LoginDto): Promise<LoginResult> {
    return this.auth.login(dto.email, dto.password);
  }

  @Public()
  @Get('config')
  @ApiOperation({ summary: 'Which sign-in methods the web app should offer' })
  config(): { sso: boolean; localLogin: boolean } {
    return this.auth.signInOptions();
  }

  @Public()
  @Get('oidc/login')
  @ApiOperation({ summary: 'Single sign-on: redirects to the OpenID provider (404 when SSO is off)' })
  async oidcLogin(@Res() reply: FastifyReply): Promise<void> {
    this.requireOidc();
    const { url, cookie } = await this.oidc.start();
    await reply.header('Set-Cookie', cookie).header('Cache-Control', 'no-store').redirect(url, 302);
  }

  @Public()
  @Get('oidc/callback')
  @ApiOperation({
    summary: 'Single sign-on: the provider returns here; redirects to the web app with tokens or an error',
  })
  async oidcCallback(@Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    this.requireOidc();
    const query = request.url.indexOf('?');
    let target: string;
    try {
      const result = await this.oidc.finish(
        query < 0 ? '' : request.url.slice(query + 1),
        request.headers.cookie,
      );
      target = this.oidc.successRedirect(result);
    } catch {
      target = this.oidc.failureRedirect; // the reason is in the audit log, never in the browser
    }
    await reply
      .header('Set-Cookie', this.oidc.clearCookie)
      .header('Cache-Control', 'no-store')
      .header('Referrer-Policy', 'no-referrer')
      .redirect(target, 302);
  }

  @Public()
  @Post('refresh')
  @HttpCode(200)
  @ApiOperation({ summary: 'Exchange a refresh token for a new pair (each refresh token works once)' })
  refresh(@Body() dto: RefreshDto): Promise<LoginResult> {
    return this.auth.refresh(dto.refreshToken);
  }

  @Post('logout')
  @HttpCode(204)
  @ApiBearerAuth()
  @ApiOperation({ summary: 'End this session: its access and refresh tokens stop working' })
  logout(@CurrentUser() user: AuthUser, @CurrentSession() sessionId: string): Promise<void> {
    return this.auth.logout(user, sessionId);
  }

  @Get('me')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'The signed-in user' })
  me(@CurrentUser() user: AuthUser): AuthUser {
    return user;
  }

  private requireOidc(): void {
    if (!this.oidc.enabled) throw new DomainException(ErrorCode.NotFound, 'Single sign-on is not configured');
  }
}

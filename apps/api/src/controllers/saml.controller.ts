import { Body, Controller, Get, HttpCode, Post, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { FastifyReply, FastifyRequest } from 'fastify';
import {
  AllowWithoutMfa,
  AuthUser,
  CurrentSession,
  CurrentUser,
  DiscoverDto,
  DiscoveredProvider,
  HomeRealmResponse,
  IdentityProvidersService,
  OidcService,
  Public,
  SamlService,
} from '@app/auth';
import { DomainException, ErrorCode } from '@app/common';

/** SAML 2.0 sign-in and single logout, and home realm discovery. */
@ApiTags('auth')
@Controller('auth')
export class SamlController {
  constructor(
    private readonly saml: SamlService,
    private readonly oidc: OidcService,
    private readonly providers: IdentityProvidersService,
  ) {}

  @Public()
  @Post('discover')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Home realm discovery: where this e-mail (by its domain) or municipality signs in; never tells whether an account exists',
  })
  @ApiOkResponse({ type: HomeRealmResponse })
  discover(@Body() dto: DiscoverDto): Promise<{ providers: DiscoveredProvider[]; localLogin: boolean }> {
    return this.providers.discover(dto);
  }

  @Public()
  @Get('saml/metadata')
  @ApiOperation({ summary: "The SAML service provider's metadata (register it at the identity provider)" })
  async metadata(@Res() reply: FastifyReply): Promise<void> {
    await reply
      .header('Content-Type', 'application/samlmetadata+xml; charset=utf-8')
      .send(this.saml.metadata());
  }

  @Public()
  @Get('saml/login')
  @ApiOperation({ summary: 'SAML sign-in: redirects to the provider with a signed AuthnRequest' })
  async login(@Query('provider') provider: string | undefined, @Res() reply: FastifyReply): Promise<void> {
    const url = await this.saml.start(provider ?? '');
    await reply.header('Cache-Control', 'no-store').redirect(url, 302);
  }

  @Public()
  @Post('saml/acs')
  @ApiOperation({ summary: 'SAML assertion consumer service (HTTP-POST); redirects to the web app' })
  async acs(@Body() body: Record<string, unknown>, @Res() reply: FastifyReply): Promise<void> {
    let target: string;
    try {
      target = this.oidc.successRedirect(await this.saml.finish(body ?? {}));
    } catch (error) {
      if (error instanceof DomainException && error.code === ErrorCode.NotFound) throw error;
      target = this.oidc.failureRedirect; // the reason is in the audit log, never in the browser
    }
    await reply
      .header('Cache-Control', 'no-store')
      .header('Referrer-Policy', 'no-referrer')
      .redirect(target, 303);
  }

  @Public()
  @Get('saml/slo')
  @ApiOperation({
    summary: 'SAML single logout (HTTP-Redirect): LogoutRequest from the IdP, or its LogoutResponse',
  })
  async slo(
    @Query() query: Record<string, string>,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const at = request.url.indexOf('?');
    const target = await this.saml.singleLogout(query, at < 0 ? '' : request.url.slice(at + 1));
    await reply.header('Cache-Control', 'no-store').redirect(target, 302);
  }

  @Public()
  @Post('saml/slo')
  @ApiOperation({ summary: 'SAML single logout (HTTP-POST)' })
  async sloPost(@Body() body: Record<string, unknown>, @Res() reply: FastifyReply): Promise<void> {
    const fields = Object.fromEntries(
      Object.entries(body ?? {}).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
    );
    const target = await this.saml.singleLogout(fields, '', 'post');
    await reply.header('Cache-Control', 'no-store').redirect(target, 303);
  }

  @Post('saml/logout')
  @AllowWithoutMfa()
  @HttpCode(200)
  @ApiBearerAuth()
  @ApiOperation({
    summary:
      'End this session; for a SAML session also returns the IdP URL with a signed LogoutRequest for the browser',
  })
  async logout(
    @CurrentUser() user: AuthUser,
    @CurrentSession() sessionId: string,
  ): Promise<{ redirectUrl: string | null }> {
    return { redirectUrl: await this.saml.logout(user, sessionId) };
  }
}

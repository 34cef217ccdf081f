import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  AuthUser,
  CreateIdentityProviderDto,
  CurrentUser,
  IdentityProviderResponse,
  IdentityProvidersService,
  IdentityProviderView,
  Roles,
  UpdateIdentityProviderDto,
} from '@app/auth';
import { Role } from '@app/organisations';

/** Identity providers of the admin's region (SAML by metadata, or OpenID Connect). */
@ApiTags('administration')
@ApiBearerAuth()
@Roles(Role.Admin)
@Controller('identity-providers')
export class IdentityProvidersController {
  constructor(private readonly providers: IdentityProvidersService) {}

  @Post()
  @ApiCreatedResponse({ type: IdentityProviderResponse })
  @ApiOperation({ summary: 'Register an identity provider for the region or given municipalities' })
  register(
    @CurrentUser() admin: AuthUser,
    @Body() dto: CreateIdentityProviderDto,
  ): Promise<IdentityProviderView> {
    return this.providers.register(admin, dto);
  }

  @Get()
  @ApiOkResponse({ type: [IdentityProviderResponse] })
  @ApiOperation({ summary: "The region's identity providers (secrets are never shown)" })
  list(@CurrentUser() admin: AuthUser): Promise<IdentityProviderView[]> {
    return this.providers.list(admin);
  }

  @Get(':id')
  @ApiOkResponse({ type: IdentityProviderResponse })
  @ApiOperation({ summary: 'One identity provider' })
  get(@CurrentUser() admin: AuthUser, @Param('id') id: string): Promise<IdentityProviderView> {
    return this.providers.get(admin, id);
  }

  @Patch(':id')
  @ApiOkResponse({ type: IdentityProviderResponse })
  @ApiOperation({ summary: 'Change an identity provider (new metadata re-reads endpoints and certificates)' })
  update(
    @CurrentUser() admin: AuthUser,
    @Param('id') id: string,
    @Body() dto: UpdateIdentityProviderDto,
  ): Promise<IdentityProviderView> {
    return this.providers.update(admin, id, dto);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove an identity provider (its users keep their accounts)' })
  remove(@CurrentUser() admin: AuthUser, @Param('id') id: string): Promise<void> {
    return this.providers.remove(admin, id);
  }
}

import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Put,
  Query,
  Req,
  Res,
} from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import {
  AdministrationService,
  AssignContactDto,
  CreateUserDto,
  ListUsersQuery,
  MunicipalityView,
  UpdateMunicipalityDto,
  UpdateUserDto,
  UserView,
} from '@app/administration';
import { AuthUser, CurrentUser, Roles } from '@app/auth';
import { NotFoundException } from '@app/common';
import { Role } from '@app/organisations';
import { PAGE_RESPONSE_HEADERS, sendPage } from '../http/page-headers';

const UserId = new ParseUUIDPipe({ exceptionFactory: () => new NotFoundException('User') });
const MunicipalityId = new ParseUUIDPipe({ exceptionFactory: () => new NotFoundException('Municipality') });

/** Users and municipalities of the admin's region. */
@ApiTags('administration')
@ApiBearerAuth()
@Roles(Role.Admin)
@Controller()
export class AdministrationController {
  constructor(private readonly administration: AdministrationService) {}

  @Post('users')
  @ApiOperation({
    summary:
      'Create a user (a consultant needs a municipality); they get an invitation mail to choose a password',
  })
  createUser(@CurrentUser() admin: AuthUser, @Body() dto: CreateUserDto): Promise<UserView> {
    return this.administration.createUser(admin, dto);
  }

  @Get('users')
  @ApiOperation({
    summary:
      "The region's users by name, filtered by role, municipality and a search in name/e-mail, a page at a time (next page: X-Next-Cursor / Link)",
  })
  @ApiOkResponse({ headers: PAGE_RESPONSE_HEADERS })
  async listUsers(
    @CurrentUser() admin: AuthUser,
    @Query() query: ListUsersQuery,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<UserView[]> {
    return sendPage(request, reply, await this.administration.listUsers(admin, query));
  }

  @Patch('users/:id')
  @ApiOperation({ summary: 'Change a user' })
  updateUser(
    @CurrentUser() admin: AuthUser,
    @Param('id', UserId) id: string,
    @Body() dto: UpdateUserDto,
  ): Promise<UserView> {
    return this.administration.updateUser(admin, id, dto);
  }

  @Post('users/:id/password-reset')
  @HttpCode(202)
  @ApiOperation({
    summary: 'Mail the user a one-time link to choose a new password (admins never see or set passwords)',
  })
  async sendPasswordReset(
    @CurrentUser() admin: AuthUser,
    @Param('id', UserId) id: string,
  ): Promise<Record<string, never>> {
    await this.administration.sendPasswordReset(admin, id);
    return {};
  }

  @Post('users/:id/mfa-reset')
  @HttpCode(204)
  @ApiOperation({ summary: "Remove a user's authenticator (lost phone); they enrol again at next sign-in" })
  resetMfa(@CurrentUser() admin: AuthUser, @Param('id', UserId) id: string): Promise<void> {
    return this.administration.resetMfa(admin, id);
  }

  @Post('users/:id/deactivate')
  @HttpCode(200)
  @ApiOperation({ summary: 'Deactivate a user: no sign-in, earlier tokens stop working' })
  deactivateUser(@CurrentUser() admin: AuthUser, @Param('id', UserId) id: string): Promise<UserView> {
    return this.administration.deactivateUser(admin, id);
  }

  @Put('municipalities/:id/contact')
  @ApiOperation({ summary: "Set the municipality's fixed contact and deputy (bookings stay as they are)" })
  assignContact(
    @CurrentUser() admin: AuthUser,
    @Param('id', MunicipalityId) id: string,
    @Body() dto: AssignContactDto,
  ): Promise<MunicipalityView> {
    return this.administration.assignContact(admin, id, dto);
  }

  @Patch('municipalities/:id')
  @ApiOperation({ summary: 'Maintain the number of children aged 0–17' })
  updateMunicipality(
    @CurrentUser() admin: AuthUser,
    @Param('id', MunicipalityId) id: string,
    @Body() dto: UpdateMunicipalityDto,
  ): Promise<MunicipalityView> {
    return this.administration.updateMunicipality(admin, id, dto);
  }
}

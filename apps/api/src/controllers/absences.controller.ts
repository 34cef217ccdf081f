import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser, Roles } from '@app/auth';
import { NotFoundException } from '@app/common';
import { Role } from '@app/organisations';
import {
  AbsenceOverviewService,
  AbsencePreview,
  AbsencePreviewDto,
  AbsencePreviewResponse,
  AbsenceResponse,
  AbsenceResult,
  AbsenceResultResponse,
  AbsencesService,
  AbsenceUndone,
  AbsenceUndoneResponse,
  AbsenceUndoService,
  AbsenceView,
  CreateAbsenceDto,
} from '@app/scheduling';

const AbsenceId = new ParseUUIDPipe({ exceptionFactory: () => new NotFoundException('Absence') });

@ApiTags('slots')
@ApiBearerAuth()
@Roles(Role.Contact, Role.Admin)
@Controller('absences')
export class AbsencesController {
  constructor(
    private readonly absences: AbsencesService,
    private readonly overview: AbsenceOverviewService,
    private readonly undoing: AbsenceUndoService,
  ) {}

  @Post()
  @ApiCreatedResponse({ type: AbsenceResultResponse })
  @ApiOperation({ summary: "Register an absence: the contact's slots move to a deputy or are cancelled" })
  register(@CurrentUser() user: AuthUser, @Body() dto: CreateAbsenceDto): Promise<AbsenceResult> {
    return this.absences.register(user, dto);
  }

  @Post('preview')
  @HttpCode(200)
  @ApiOkResponse({ type: AbsencePreviewResponse })
  @ApiOperation({ summary: 'What an absence would do: the sessions it touches and the deputies to choose' })
  preview(@CurrentUser() user: AuthUser, @Body() dto: AbsencePreviewDto): Promise<AbsencePreview> {
    return this.overview.preview(user, dto);
  }

  @Get()
  @ApiOkResponse({ type: [AbsenceResponse] })
  @ApiOperation({ summary: 'Absences (contact: own; admin: the region), newest first' })
  list(@CurrentUser() user: AuthUser): Promise<AbsenceView[]> {
    return this.overview.list(user);
  }

  @Delete(':id')
  @ApiOkResponse({ type: AbsenceUndoneResponse })
  @ApiOperation({ summary: 'Undo an absence while its messages have not gone out (409 after)' })
  undo(@CurrentUser() user: AuthUser, @Param('id', AbsenceId) id: string): Promise<AbsenceUndone> {
    return this.undoing.undo(user, id);
  }
}

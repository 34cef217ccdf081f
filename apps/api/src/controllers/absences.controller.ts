import { Body, Controller, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser, Roles } from '@app/auth';
import { Role } from '@app/organisations';
import { AbsenceResult, AbsencesService, CreateAbsenceDto } from '@app/scheduling';

@ApiTags('slots')
@ApiBearerAuth()
@Roles(Role.Contact, Role.Admin)
@Controller('absences')
export class AbsencesController {
  constructor(private readonly absences: AbsencesService) {}

  @Post()
  @ApiOperation({ summary: "Register an absence: the contact's slots move to a deputy or are cancelled" })
  register(@CurrentUser() user: AuthUser, @Body() dto: CreateAbsenceDto): Promise<AbsenceResult> {
    return this.absences.register(user, dto);
  }
}

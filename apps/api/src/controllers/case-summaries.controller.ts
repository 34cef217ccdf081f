import { Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Put, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import { FastifyReply, FastifyRequest } from 'fastify';
import { AuthUser, CurrentUser, Roles } from '@app/auth';
import { CaseSummaryService, CaseSummaryView } from '@app/case-summary';
import { NotFoundException } from '@app/common';
import { Role } from '@app/organisations';
import { readCaseSummaryInput } from '../http/case-summary-input';
import { sendFile } from '../http/file-download';

const BookingId = new ParseUUIDPipe({ exceptionFactory: () => new NotFoundException('Booking') });

@ApiTags('case summaries')
@ApiBearerAuth()
@Controller('bookings/:id/case-summary')
export class CaseSummariesController {
  constructor(private readonly summaries: CaseSummaryService) {}

  @Put()
  @Roles(Role.Consultant)
  @ApiConsumes('multipart/form-data', 'application/json')
  @ApiOperation({ summary: 'Submit the anonymous case summary (text and/or one file, screenings)' })
  async submit(
    @CurrentUser() user: AuthUser,
    @Param('id', BookingId) id: string,
    @Req() request: FastifyRequest,
  ): Promise<CaseSummaryView> {
    return this.summaries.submit(user, id, await readCaseSummaryInput(request));
  }

  @Get()
  @ApiOperation({ summary: "Read the case summary (the booking's consultant or the session's contact)" })
  read(@CurrentUser() user: AuthUser, @Param('id', BookingId) id: string): Promise<CaseSummaryView> {
    return this.summaries.read(user, id);
  }

  @Get('file')
  @ApiOperation({ summary: 'Download the original file' })
  async download(
    @CurrentUser() user: AuthUser,
    @Param('id', BookingId) id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    const file = await this.summaries.download(user, id);
    return sendFile(reply, { contentType: file.contentType, fileName: file.fileName, content: file.bytes });
  }

  @Delete()
  @HttpCode(204)
  @Roles(Role.Consultant)
  @ApiOperation({ summary: 'Delete the case summary (the booking’s consultant)' })
  remove(@CurrentUser() user: AuthUser, @Param('id', BookingId) id: string): Promise<void> {
    return this.summaries.remove(user, id);
  }
}

import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { AuthUser, CurrentUser, Roles } from '@app/auth';
import { NotFoundException } from '@app/common';
import { Role } from '@app/organisations';
import { CreateStatusReportDto, ReportFileQuery, ReportResponse, ReportsService } from '@app/reporting';
import { sendFile } from '../http/file-download';

const ReportId = new ParseUUIDPipe({ exceptionFactory: () => new NotFoundException('Report') });

@ApiTags('reports')
@ApiBearerAuth()
@Roles(Role.Admin)
@Controller('reports')
export class ReportsController {
  constructor(private readonly reports: ReportsService) {}

  @Post('status')
  @HttpCode(202)
  @ApiOperation({ summary: 'Produce the status report (default: the two calendar years before today)' })
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateStatusReportDto) {
    return this.reports.request(user, dto);
  }

  @Get()
  list(@CurrentUser() user: AuthUser): Promise<ReportResponse[]> {
    return this.reports.list(user);
  }

  @Get(':id')
  get(@CurrentUser() user: AuthUser, @Param('id', ReportId) id: string): Promise<ReportResponse> {
    return this.reports.get(user, id);
  }

  @Get(':id/file')
  async file(
    @CurrentUser() user: AuthUser,
    @Param('id', ReportId) id: string,
    @Query() query: ReportFileQuery,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    return sendFile(reply, await this.reports.file(user, id, query.format));
  }
}

import { Controller, Get, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AuditEventView, AuditQueryService, ExportAuditEventsQuery, ListAuditEventsQuery } from '@app/audit';
import { AuthUser, CurrentUser, Roles } from '@app/auth';
import { Role } from '@app/organisations';
import { AuditExportService } from '@app/reporting';
import { PAGE_RESPONSE_HEADERS, sendPage } from '../http/page-headers';
import { sendFile } from '../http/file-download';

@ApiTags('audit')
@ApiBearerAuth()
@Roles(Role.Admin)
@Controller('audit-events')
export class AuditEventsController {
  constructor(
    private readonly events: AuditQueryService,
    private readonly exports: AuditExportService,
  ) {}

  @Get()
  @ApiOperation({
    summary:
      "The region's audit log, newest first, filtered by person, action, period and booking, with the actors' names (next page: X-Next-Cursor / Link)",
  })
  @ApiOkResponse({ headers: PAGE_RESPONSE_HEADERS })
  async list(
    @CurrentUser() admin: AuthUser,
    @Query() query: ListAuditEventsQuery,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<AuditEventView[]> {
    return sendPage(request, reply, await this.events.list(admin.regionId, query));
  }

  @Get('export')
  @ApiOperation({
    summary: 'The filtered audit log as CSV or XLSX (at most 50,000 events); the export is itself audited',
  })
  @ApiProduces('text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  async export(
    @CurrentUser() admin: AuthUser,
    @Query() query: ExportAuditEventsQuery,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    const { format = 'csv', ...filter } = query;
    return sendFile(reply, await this.exports.export(admin, filter, format));
  }
}

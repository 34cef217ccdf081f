import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuditEventView, AuditQueryService, ListAuditEventsQuery } from '@app/audit';
import { AuthUser, CurrentUser, Roles } from '@app/auth';
import { Role } from '@app/organisations';

@ApiTags('audit')
@ApiBearerAuth()
@Roles(Role.Admin)
@Controller('audit-events')
export class AuditEventsController {
  constructor(private readonly events: AuditQueryService) {}

  @Get()
  @ApiOperation({ summary: "The region's audit log, newest first (paged with limit/offset)" })
  list(@CurrentUser() admin: AuthUser, @Query() query: ListAuditEventsQuery): Promise<AuditEventView[]> {
    return this.events.list(admin.regionId, query);
  }
}

import { Controller, Get, Headers, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { AuthUser, CurrentUser, Roles } from '@app/auth';
import { Role } from '@app/organisations';
import { UsageStats, UsageStatsQuery, UsageStatsService } from '@app/reporting';
import { sendFile } from '../http/file-download';

@ApiTags('statistics')
@ApiBearerAuth()
@Controller('stats')
export class StatsController {
  constructor(private readonly stats: UsageStatsService) {}

  @Get('usage')
  @Roles(Role.Admin)
  @ApiOperation({
    summary:
      "Usage of the admin's region; `format=csv|xlsx` or `Accept: text/csv` for a file (small cells suppressed)",
  })
  @ApiProduces(
    'application/json',
    'text/csv',
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  )
  async usage(
    @CurrentUser() user: AuthUser,
    @Query() query: UsageStatsQuery,
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<UsageStats | Buffer> {
    const format = query.format ?? (accept?.includes('text/csv') ? 'csv' : 'json');
    if (format === 'json') return this.stats.usage(user.regionId, query.from, query.to, query.groupBy);
    return sendFile(reply, await this.stats.export(user, query, format));
  }
}

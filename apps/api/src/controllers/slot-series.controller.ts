import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser, Roles } from '@app/auth';
import { NotFoundException } from '@app/common';
import { Role } from '@app/organisations';
import {
  ChangeSlotSeriesDto,
  CreatedSlotSeriesResponse,
  CreateSlotSeriesDto,
  EndedSlotSeriesResponse,
  SeriesChange,
  SeriesChangeResponse,
  SeriesPreviewDate,
  SeriesPreviewResponse,
  SlotSeriesChangeService,
  SlotSeriesResponse,
  SlotSeriesService,
} from '@app/scheduling';

const SeriesId = new ParseUUIDPipe({ exceptionFactory: () => new NotFoundException('Slot series') });

@ApiTags('slots')
@ApiBearerAuth()
@Roles(Role.Contact, Role.Admin)
@Controller('slot-series')
export class SlotSeriesController {
  constructor(
    private readonly series: SlotSeriesService,
    private readonly changes: SlotSeriesChangeService,
  ) {}

  @Post()
  @ApiCreatedResponse({ type: CreatedSlotSeriesResponse })
  @ApiOperation({ summary: 'Publish recurring fixed times (slots are created up to the horizon)' })
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateSlotSeriesDto) {
    return this.series.create(user, dto);
  }

  @Post('preview')
  @HttpCode(200)
  @ApiOkResponse({ type: SeriesPreviewResponse })
  @ApiOperation({ summary: 'The dates a series would give up to the horizon, skipped holidays marked' })
  preview(
    @CurrentUser() user: AuthUser,
    @Body() dto: CreateSlotSeriesDto,
  ): Promise<{ dates: SeriesPreviewDate[] }> {
    return this.changes.preview(user, dto);
  }

  @Get()
  @ApiOkResponse({ type: [SlotSeriesResponse] })
  list(@CurrentUser() user: AuthUser) {
    return this.series.list(user);
  }

  @Patch(':id')
  @ApiOkResponse({ type: SeriesChangeResponse })
  @ApiOperation({ summary: 'Change time, interval or end date (dryRun: only report the effect)' })
  change(
    @CurrentUser() user: AuthUser,
    @Param('id', SeriesId) id: string,
    @Body() dto: ChangeSlotSeriesDto,
  ): Promise<SeriesChange> {
    return this.changes.change(user, id, dto);
  }

  @Delete(':id')
  @ApiOkResponse({ type: EndedSlotSeriesResponse })
  @ApiOperation({ summary: 'End a series: future free slots are removed, booked ones stay' })
  end(@CurrentUser() user: AuthUser, @Param('id', SeriesId) id: string) {
    return this.series.end(user, id);
  }
}

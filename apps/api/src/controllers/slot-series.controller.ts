import { Body, Controller, Delete, Get, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser, Roles } from '@app/auth';
import { NotFoundException } from '@app/common';
import { Role } from '@app/organisations';
import {
  CreatedSlotSeriesResponse,
  CreateSlotSeriesDto,
  EndedSlotSeriesResponse,
  SlotSeriesResponse,
  SlotSeriesService,
} from '@app/scheduling';

const SeriesId = new ParseUUIDPipe({ exceptionFactory: () => new NotFoundException('Slot series') });

@ApiTags('slots')
@ApiBearerAuth()
@Roles(Role.Contact, Role.Admin)
@Controller('slot-series')
export class SlotSeriesController {
  constructor(private readonly series: SlotSeriesService) {}

  @Post()
  @ApiCreatedResponse({ type: CreatedSlotSeriesResponse })
  @ApiOperation({ summary: 'Publish recurring fixed times (slots are created up to the horizon)' })
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateSlotSeriesDto) {
    return this.series.create(user, dto);
  }

  @Get()
  @ApiOkResponse({ type: [SlotSeriesResponse] })
  list(@CurrentUser() user: AuthUser) {
    return this.series.list(user);
  }

  @Delete(':id')
  @ApiOkResponse({ type: EndedSlotSeriesResponse })
  @ApiOperation({ summary: 'End a series: future free slots are removed, booked ones stay' })
  end(@CurrentUser() user: AuthUser, @Param('id', SeriesId) id: string) {
    return this.series.end(user, id);
  }
}

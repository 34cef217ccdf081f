import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { FastifyReply, FastifyRequest } from 'fastify';
import { AuthUser, CurrentUser, Roles } from '@app/auth';
import { NotFoundException } from '@app/common';
import { Role } from '@app/organisations';
import {
  CancelSlotDto,
  CreateSlotDto,
  ListSlotsQuery,
  SlotManagementService,
  SlotResponse,
  SlotsService,
  SlotView,
} from '@app/scheduling';
import { PAGE_RESPONSE_HEADERS, sendPage } from '../http/page-headers';

const SlotId = new ParseUUIDPipe({ exceptionFactory: () => new NotFoundException('Slot') });

@ApiTags('slots')
@ApiBearerAuth()
@Controller('slots')
export class SlotsController {
  constructor(
    private readonly slots: SlotsService,
    private readonly management: SlotManagementService,
  ) {}

  @Get()
  @ApiOperation({
    summary:
      "Slots in the caller's scope, sorted by start, a page at a time (next page: X-Next-Cursor / Link)",
  })
  @ApiOkResponse({ type: [SlotResponse], headers: PAGE_RESPONSE_HEADERS })
  async list(
    @CurrentUser() user: AuthUser,
    @Query() query: ListSlotsQuery,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SlotView[]> {
    return sendPage(request, reply, await this.slots.list(user, query));
  }

  @Post()
  @ApiCreatedResponse({ type: SlotResponse })
  @Roles(Role.Contact, Role.Admin)
  @ApiOperation({ summary: 'Publish a one-off slot' })
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateSlotDto): Promise<SlotView> {
    return this.management.createOneOff(user, dto);
  }

  @Post(':id/cancel')
  @ApiOkResponse({ type: SlotResponse })
  @HttpCode(200)
  @Roles(Role.Contact, Role.Admin)
  @ApiOperation({ summary: 'Cancel a slot; its bookings are cancelled and everyone is notified' })
  cancel(
    @CurrentUser() user: AuthUser,
    @Param('id', SlotId) id: string,
    @Body() dto: CancelSlotDto,
  ): Promise<SlotView> {
    return this.management.cancel(user, id, dto);
  }
}

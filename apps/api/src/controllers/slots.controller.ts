import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser } from '@app/auth';
import { ListSlotsQuery, SlotsService, SlotView } from '@app/scheduling';

@ApiTags('slots')
@ApiBearerAuth()
@Controller('slots')
export class SlotsController {
  constructor(private readonly slots: SlotsService) {}

  @Get()
  @ApiOperation({ summary: "Slots in the caller's scope, sorted by start" })
  list(@CurrentUser() user: AuthUser, @Query() query: ListSlotsQuery): Promise<SlotView[]> {
    return this.slots.list(user, query);
  }
}

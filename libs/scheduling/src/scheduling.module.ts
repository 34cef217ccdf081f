import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BookingWindow } from './booking-window';
import { SlotOffer } from './entities/slot-offer.entity';
import { SlotSeries } from './entities/slot-series.entity';
import { Slot } from './entities/slot.entity';
import { SlotHorizonService } from './slot-horizon.service';
import { SlotMaterialiser } from './slot-materialiser';
import { SlotsRepository } from './slots.repository';
import { SlotsService } from './slots.service';

@Module({
  imports: [TypeOrmModule.forFeature([Slot, SlotSeries, SlotOffer])],
  providers: [SlotsService, SlotsRepository, SlotMaterialiser, SlotHorizonService, BookingWindow],
  exports: [SlotsService, SlotsRepository, SlotMaterialiser, SlotHorizonService, BookingWindow],
})
export class SchedulingModule {}

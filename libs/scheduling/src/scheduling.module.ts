import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AbsencesService } from './absences.service';
import { BookingWindow } from './booking-window';
import { CaseSummaryDeadline } from './case-summary-deadline';
import { Absence } from './entities/absence.entity';
import { SlotCancellation } from './slot-cancellation';
import { SlotOffer } from './entities/slot-offer.entity';
import { SlotSeries } from './entities/slot-series.entity';
import { Slot } from './entities/slot.entity';
import { JobsModule } from '@app/jobs';
import { SlotHorizonService } from './slot-horizon.service';
import { SlotManagementService } from './slot-management.service';
import { SlotOwner } from './slot-owner';
import { SlotSeriesService } from './slot-series.service';
import { SlotMaterialiser } from './slot-materialiser';
import { SlotsRepository } from './slots.repository';
import { SlotsService } from './slots.service';

@Module({
  imports: [TypeOrmModule.forFeature([Slot, SlotSeries, SlotOffer, Absence]), JobsModule],
  providers: [
    SlotsService,
    SlotsRepository,
    SlotMaterialiser,
    SlotHorizonService,
    SlotSeriesService,
    SlotManagementService,
    SlotOwner,
    SlotCancellation,
    AbsencesService,
    BookingWindow,
    CaseSummaryDeadline,
  ],
  exports: [
    SlotsService,
    SlotsRepository,
    SlotMaterialiser,
    SlotHorizonService,
    SlotSeriesService,
    SlotManagementService,
    AbsencesService,
    BookingWindow,
    CaseSummaryDeadline,
  ],
})
export class SchedulingModule {}

import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AbsenceOverviewService } from './absence-overview.service';
import { AbsencesRepository } from './absences.repository';
import { BookingWindow } from './booking-window';
import { CaseSummaryDeadline } from './case-summary-deadline';
import { AbsenceSlot } from './entities/absence-slot.entity';
import { Absence } from './entities/absence.entity';
import { SlotOffer } from './entities/slot-offer.entity';
import { SlotSeries } from './entities/slot-series.entity';
import { Slot } from './entities/slot.entity';
import { SlotHorizonService } from './slot-horizon.service';
import { SlotOwner } from './slot-owner';
import { SeriesSlotsRepository } from './series-slots.repository';
import { SlotOwnerRepository } from './slot-owner.repository';
import { SlotSeriesChangeService } from './slot-series-change.service';
import { SlotSeriesRepository } from './slot-series.repository';
import { SlotSeriesService } from './slot-series.service';
import { SlotMaterialiser } from './slot-materialiser';
import { SlotsRepository } from './slots.repository';
import { SlotsService } from './slots.service';

/**
 * Slots, series and their rules. The flows that also change bookings — cancelling a slot
 * (SlotCancellation, SlotManagementService) and absences (AbsencesService, AbsenceUndoService) — are provided by
 * BookingModule, which owns bookings and supplies the SlotBookings port they use; see slot-bookings.ts.
 */
@Module({
  imports: [TypeOrmModule.forFeature([Slot, SlotSeries, SlotOffer, Absence, AbsenceSlot])],
  providers: [
    SlotsService,
    SlotsRepository,
    SlotSeriesRepository,
    SlotOwnerRepository,
    AbsencesRepository,
    SlotMaterialiser,
    SlotHorizonService,
    SlotSeriesService,
    SlotSeriesChangeService,
    SeriesSlotsRepository,
    SlotOwner,
    AbsenceOverviewService,
    BookingWindow,
    CaseSummaryDeadline,
  ],
  exports: [
    SlotsService,
    SlotsRepository,
    AbsencesRepository,
    SlotOwner,
    SlotMaterialiser,
    SlotHorizonService,
    SlotSeriesService,
    SlotSeriesChangeService,
    AbsenceOverviewService,
    BookingWindow,
    CaseSummaryDeadline,
  ],
})
export class SchedulingModule {}

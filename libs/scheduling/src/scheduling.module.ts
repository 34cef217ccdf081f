import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AbsenceOverviewService } from './absence-overview.service';
import { AbsenceUndoService } from './absence-undo.service';
import { AbsencesRepository } from './absences.repository';
import { AbsencesService } from './absences.service';
import { BookingWindow } from './booking-window';
import { CaseSummaryDeadline } from './case-summary-deadline';
import { AbsenceSlot } from './entities/absence-slot.entity';
import { Absence } from './entities/absence.entity';
import { SlotCancellation } from './slot-cancellation';
import { SlotOffer } from './entities/slot-offer.entity';
import { SlotSeries } from './entities/slot-series.entity';
import { Slot } from './entities/slot.entity';
import { JobsModule } from '@app/jobs';
import { SlotHorizonService } from './slot-horizon.service';
import { SlotManagementService } from './slot-management.service';
import { SlotOwner } from './slot-owner';
import { SeriesSlotsRepository } from './series-slots.repository';
import { SlotSeriesChangeService } from './slot-series-change.service';
import { SlotSeriesService } from './slot-series.service';
import { SlotMaterialiser } from './slot-materialiser';
import { SlotsRepository } from './slots.repository';
import { SlotsService } from './slots.service';

@Module({
  imports: [TypeOrmModule.forFeature([Slot, SlotSeries, SlotOffer, Absence, AbsenceSlot]), JobsModule],
  providers: [
    SlotsService,
    SlotsRepository,
    SlotMaterialiser,
    SlotHorizonService,
    SlotSeriesService,
    SlotSeriesChangeService,
    SeriesSlotsRepository,
    SlotManagementService,
    SlotOwner,
    SlotCancellation,
    AbsencesService,
    AbsencesRepository,
    AbsenceOverviewService,
    AbsenceUndoService,
    BookingWindow,
    CaseSummaryDeadline,
  ],
  exports: [
    SlotsService,
    SlotsRepository,
    SlotMaterialiser,
    SlotHorizonService,
    SlotSeriesService,
    SlotSeriesChangeService,
    SlotManagementService,
    AbsencesService,
    AbsenceOverviewService,
    AbsenceUndoService,
    BookingWindow,
    CaseSummaryDeadline,
  ],
})
export class SchedulingModule {}

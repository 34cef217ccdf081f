export { AbsenceOverviewService } from './absence-overview.service';
export type { AbsencePreview, AbsencePreviewSession, AbsenceView } from './absence-overview.service';
export { AbsenceUndoService } from './absence-undo.service';
export type { AbsenceUndone } from './absence-undo.service';
export { AbsencePreviewDto } from './dto/absence-preview.dto';
export {
  AbsencePreviewResponse,
  AbsenceResponse,
  AbsenceResultResponse,
  AbsenceUndoneResponse,
} from './dto/absence.response';
export { SeriesChangeResponse, SeriesPreviewResponse } from './dto/series-change.response';
export { AbsencesService } from './absences.service';
export type { AbsenceResult } from './absences.service';
export { SlotBookings } from './slot-bookings';
export type { SlotBookingsChange } from './slot-bookings';
export { SlotCancellation } from './slot-cancellation';
export { SlotOwner } from './slot-owner';
export { BookingWindow } from './booking-window';
export { CaseSummaryDeadline } from './case-summary-deadline';
export type { CaseSummaryDue } from './case-summary-deadline';
export { CreateAbsenceDto } from './dto/create-absence.dto';
export { Absence } from './entities/absence.entity';
export { CancelSlotDto } from './dto/cancel-slot.dto';
export { CreateSlotSeriesDto } from './dto/create-slot-series.dto';
export { CreateSlotDto } from './dto/create-slot.dto';
export { ListSlotsQuery } from './dto/list-slots.query';
export { isGroupKind, SessionKind } from './entities/session-kind';
export { SlotOffer } from './entities/slot-offer.entity';
export { SlotSeries } from './entities/slot-series.entity';
export { Slot, SLOT_OVERLAP_CONSTRAINT, SlotStatus } from './entities/slot.entity';
export { SchedulingModule } from './scheduling.module';
export { clashingSlotOf, slotClashProblem } from './slot-clash';
export type { ClashingSlot } from './slot-clash';
export { SlotHorizonService } from './slot-horizon.service';
export { SlotManagementService } from './slot-management.service';
export { SlotMaterialiser } from './slot-materialiser';
export { ChangeSlotSeriesDto } from './dto/change-slot-series.dto';
export { SlotSeriesChangeService } from './slot-series-change.service';
export type { SeriesChange, SeriesPreviewDate } from './slot-series-change.service';
export { SlotSeriesService, toSlotSeriesView } from './slot-series.service';
export type { SlotSeriesView } from './slot-series.service';
export {
  CreatedSlotSeriesResponse,
  EndedSlotSeriesResponse,
  SlotSeriesResponse,
} from './dto/slot-series.response';
export { SlotResponse } from './dto/slot.response';
export { toSlotView } from './slot.view';
export type { SlotRow, SlotView } from './slot.view';
export { SlotsRepository } from './slots.repository';
export { SlotSeriesRepository } from './slot-series.repository';
export { SlotsService } from './slots.service';
export * from './time';

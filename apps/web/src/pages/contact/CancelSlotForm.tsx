import { useEffect, useRef } from 'react';
import { slotApi } from '../../api/endpoints';
import type { Booking, Slot } from '../../api/types';
import { ScreenedTextArea } from '../../components/ScreenedTextArea';
import { FormProblem, useForm } from '../../components/useForm';
import { useTextScreening } from '../../components/useTextScreening';
import { formatDateTime } from '../../format/dates';
import { useLanguage } from '../../i18n/language';

interface CancelSlotFormProps {
  slot: Slot;
  /** The slot's live bookings: the contact is told who is affected before confirming. */
  bookings: Booking[];
  onCancelled: (slot: Slot) => void;
  onClose: () => void;
}

/**
 * Inline confirmation for cancelling one slot; a reason is required because bookers are told. A
 * booked slot names who booked it and what happens to their case summary (kept for a new booking
 * with the same details, deleted when the retention period ends).
 */
export function CancelSlotForm({ slot, bookings, onCancelled, onClose }: CancelSlotFormProps) {
  const { t, language } = useLanguage();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const when = formatDateTime(slot.startsAt, language);
  const fieldName = `cancelSlotReason-${slot.id}`;
  const reasonField = useTextScreening(fieldName);
  const reason = reasonField.text;
  const form = useForm({
    labels: { reason: t.calendar.cancelSlotReason },
    focusIds: { reason: `field-${fieldName}` },
    validate: () => ({ reason: reason.trim() ? undefined : t.calendar.cancelSlotReasonMissing }),
    submit: async () => onCancelled(await slotApi.cancel(slot.id, reason.trim())),
    // A refused reason opens the findings panel at the field; what the user wrote stays.
    takeError: (caught) => reasonField.takeRefusal(caught, 'reason', reason.trim()),
  });

  useEffect(() => headingRef.current?.focus(), []);

  return (
    <section className="confirm-panel" aria-labelledby={`cancel-slot-heading-${slot.id}`}>
      <h3 id={`cancel-slot-heading-${slot.id}`} ref={headingRef} tabIndex={-1} className="h4">
        {t.calendar.cancelSlotHeading(when)}
      </h3>
      {bookings.length > 0 && (
        <div className="mb-4">
          <p>{t.calendar.cancelSlotBookedBy(bookings.map((b) => b.consultant.name).join(', '))}</p>
          <p>
            {bookings.some((b) => b.caseSummary.submitted)
              ? t.calendar.cancelSlotSummary
              : t.calendar.cancelSlotNoSummary}
          </p>
        </div>
      )}
      <FormProblem form={form} />
      <form onSubmit={form.onSubmit} noValidate>
        <ScreenedTextArea
          screening={{
            ...reasonField,
            change: (value) => {
              reasonField.change(value);
              form.reset();
            },
          }}
          label={t.calendar.cancelSlotReason}
          hint={t.calendar.cancelSlotReasonHint}
          error={form.errors.reason}
          rows={2}
        />
        <div className="button-row">
          <button type="submit" className="button button-warning" disabled={form.submitting}>
            {t.calendar.cancelSlotConfirm}
          </button>
          <button type="button" className="button button-secondary" onClick={onClose}>
            {t.cancelBooking.keep}
          </button>
        </div>
      </form>
    </section>
  );
}

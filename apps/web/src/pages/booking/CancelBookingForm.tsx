import { useEffect, useRef, useState } from 'react';
import { bookingApi } from '../../api/endpoints';
import type { Booking } from '../../api/types';
import { ScreenedTextArea } from '../../components/ScreenedTextArea';
import { useFocusAfterRender } from '../../components/useFocusAfterRender';
import { FormProblem, useForm } from '../../components/useForm';
import { useTextScreening } from '../../components/useTextScreening';
import { useLanguage } from '../../i18n/language';

interface CancelBookingFormProps {
  booking: Booking;
  onCancelled: (booking: Booking) => void;
}

/** A button that opens an inline confirmation with an optional reason. */
export function CancelBookingForm({ booking, onCancelled }: CancelBookingFormProps) {
  const { t } = useLanguage();
  const [open, setOpen] = useState(false);
  const reasonField = useTextScreening('cancelReason');
  const reason = reasonField.text;
  const form = useForm({
    labels: { reason: t.cancelBooking.reason },
    submit: async () => onCancelled(await bookingApi.cancel(booking.id, reason.trim() || undefined)),
    // A refused reason opens the findings panel at the field; what the user wrote stays.
    takeError: (caught) => reasonField.takeRefusal(caught, 'reason', reason.trim()),
  });
  const headingRef = useRef<HTMLHeadingElement>(null);
  const focusAfterRender = useFocusAfterRender();

  useEffect(() => {
    if (open) headingRef.current?.focus();
  }, [open]);

  const close = () => {
    setOpen(false);
    form.reset();
    // Back to where the user was, not to the top of the page.
    focusAfterRender('cancel-booking-open');
  };

  if (!open) {
    return (
      <button
        id="cancel-booking-open"
        type="button"
        className="button button-secondary"
        onClick={() => setOpen(true)}
      >
        {t.cancelBooking.open}
      </button>
    );
  }

  return (
    <section className="confirm-panel" aria-labelledby="cancel-booking-heading">
      <h2 id="cancel-booking-heading" ref={headingRef} tabIndex={-1}>
        {t.cancelBooking.heading}
      </h2>
      <FormProblem form={form} />
      <form onSubmit={form.onSubmit} noValidate>
        <ScreenedTextArea
          screening={reasonField}
          label={t.cancelBooking.reason}
          hint={t.cancelBooking.reasonHint}
          rows={3}
          optional
        />
        <div className="button-row">
          <button type="submit" className="button button-warning" disabled={form.submitting}>
            {form.submitting ? t.cancelBooking.submitting : t.cancelBooking.confirm}
          </button>
          <button type="button" className="button button-secondary" onClick={close}>
            {t.cancelBooking.keep}
          </button>
        </div>
      </form>
    </section>
  );
}

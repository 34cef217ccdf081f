import { useEffect, useRef, useState, type FormEvent } from 'react';
import { bookingApi } from '../../api/endpoints';
import type { Booking } from '../../api/types';
import { ProblemAlert } from '../../components/errors';
import { ScreenedTextArea } from '../../components/ScreenedTextArea';
import { useFocusAfterRender } from '../../components/useFocusAfterRender';
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
  const [error, setError] = useState<unknown>(null);
  const [submitting, setSubmitting] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const focusAfterRender = useFocusAfterRender();

  useEffect(() => {
    if (open) headingRef.current?.focus();
  }, [open]);

  const close = () => {
    setOpen(false);
    setError(null);
    // Back to where the user was, not to the top of the page.
    focusAfterRender('cancel-booking-open');
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitting(true);
    setError(null);
    const sent = reason.trim();
    try {
      onCancelled(await bookingApi.cancel(booking.id, sent || undefined));
    } catch (caught) {
      // A refused reason opens the findings panel at the field; what the user wrote stays.
      if (!reasonField.takeRefusal(caught, 'reason', sent)) setError(caught);
      setSubmitting(false);
    }
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
      {error !== null && <ProblemAlert error={error} />}
      <form onSubmit={onSubmit} noValidate>
        <ScreenedTextArea
          screening={reasonField}
          label={t.cancelBooking.reason}
          hint={t.cancelBooking.reasonHint}
          rows={3}
          optional
        />
        <div className="button-row">
          <button type="submit" className="button button-warning" disabled={submitting}>
            {submitting ? t.cancelBooking.submitting : t.cancelBooking.confirm}
          </button>
          <button type="button" className="button button-secondary" onClick={close}>
            {t.cancelBooking.keep}
          </button>
        </div>
      </form>
    </section>
  );
}

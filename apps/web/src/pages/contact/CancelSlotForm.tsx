import { useEffect, useRef, useState, type FormEvent } from 'react';
import { slotApi } from '../../api/endpoints';
import type { Slot } from '../../api/types';
import { ProblemAlert } from '../../components/errors';
import { ScreenedTextArea } from '../../components/ScreenedTextArea';
import { useTextScreening } from '../../components/useTextScreening';
import { formatDateTime } from '../../format/dates';
import { useLanguage } from '../../i18n/language';

interface CancelSlotFormProps {
  slot: Slot;
  onCancelled: (slot: Slot) => void;
  onClose: () => void;
}

/** Inline confirmation for cancelling one slot; a reason is required because bookers are told. */
export function CancelSlotForm({ slot, onCancelled, onClose }: CancelSlotFormProps) {
  const { t, language } = useLanguage();
  const [reasonError, setReasonError] = useState<string | undefined>();
  const [error, setError] = useState<unknown>(null);
  const [submitting, setSubmitting] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const when = formatDateTime(slot.startsAt, language);
  const fieldName = `cancelSlotReason-${slot.id}`;
  const reasonField = useTextScreening(fieldName);
  const reason = reasonField.text;

  useEffect(() => headingRef.current?.focus(), []);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (!reason.trim()) {
      setReasonError(t.calendar.cancelSlotReasonMissing);
      document.getElementById(`field-${fieldName}`)?.focus();
      return;
    }
    setSubmitting(true);
    setError(null);
    const sent = reason.trim();
    try {
      onCancelled(await slotApi.cancel(slot.id, sent));
    } catch (caught) {
      // A refused reason opens the findings panel at the field; what the user wrote stays.
      if (!reasonField.takeRefusal(caught, 'reason', sent)) setError(caught);
      setSubmitting(false);
    }
  };

  return (
    <section className="confirm-panel" aria-labelledby={`cancel-slot-heading-${slot.id}`}>
      <h3 id={`cancel-slot-heading-${slot.id}`} ref={headingRef} tabIndex={-1} className="h4">
        {t.calendar.cancelSlotHeading(when)}
      </h3>
      {error !== null && <ProblemAlert error={error} fieldLabels={{ reason: t.calendar.cancelSlotReason }} />}
      <form onSubmit={onSubmit} noValidate>
        <ScreenedTextArea
          screening={{
            ...reasonField,
            change: (value) => {
              reasonField.change(value);
              setReasonError(undefined);
            },
          }}
          label={t.calendar.cancelSlotReason}
          hint={t.calendar.cancelSlotReasonHint}
          error={reasonError}
          rows={2}
        />
        <div className="button-row">
          <button type="submit" className="button button-warning" disabled={submitting}>
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

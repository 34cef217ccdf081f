import { useState, type FormEvent } from 'react';
import { bookingApi } from '../../api/endpoints';
import type { Booking } from '../../api/types';
import { Alert } from '../../components/Alert';
import { ProblemAlert, serverFieldErrors } from '../../components/errors';
import { RadioGroup } from '../../components/fields';
import { ScreenedTextArea } from '../../components/ScreenedTextArea';
import { useTextScreening } from '../../components/useTextScreening';
import { useLanguage } from '../../i18n/language';

function existingRating(booking: Booking): number | null {
  if (typeof booking.rating === 'number') return booking.rating;
  if (booking.rating && typeof booking.rating === 'object') return booking.rating.value;
  return booking.outcome?.rating ?? null;
}

/** The consultant's 1–5 rating of a held session. */
export function RatingForm({ booking }: { booking: Booking }) {
  const { t } = useLanguage();
  const [value, setValue] = useState('');
  const commentField = useTextScreening('ratingComment');
  const comment = commentField.text;
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState<number | null>(existingRating(booking));
  const [justSaved, setJustSaved] = useState(false);
  const [submitting, setSubmitting] = useState(false);

  if (saved !== null) {
    return (
      <section aria-labelledby="rating-heading" className="mt-7">
        <h2 id="rating-heading">{t.rating.heading}</h2>
        {justSaved ? (
          <Alert variant="success" focus>
            <p>{t.rating.thanks}</p>
            <p>{t.rating.given(saved)}</p>
          </Alert>
        ) : (
          <p>{t.rating.given(saved)}</p>
        )}
      </section>
    );
  }

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    if (!value) {
      setErrors({ value: t.rating.missing });
      document.getElementById('field-ratingValue-1')?.focus();
      return;
    }
    setErrors({});
    setSubmitting(true);
    const sent = comment.trim();
    try {
      await bookingApi.rate(booking.id, Number(value), sent || undefined);
      setJustSaved(true);
      setSaved(Number(value));
    } catch (caught) {
      // A refused comment opens the findings panel at the field; what the user wrote stays.
      if (!commentField.takeRefusal(caught, 'comment', sent)) {
        setErrors(serverFieldErrors(caught));
        setError(caught);
      }
      setSubmitting(false);
    }
  };

  return (
    <section aria-labelledby="rating-heading" className="mt-7">
      <h2 id="rating-heading">{t.rating.heading}</h2>
      {error !== null && (
        <ProblemAlert error={error} fieldLabels={{ value: t.rating.value, comment: t.rating.comment }} />
      )}
      <form onSubmit={onSubmit} noValidate>
        <RadioGroup
          name="ratingValue"
          legend={t.rating.value}
          value={value}
          onValueChange={setValue}
          options={[1, 2, 3, 4, 5].map((n) => ({ value: String(n), label: t.rating.values[n] }))}
          error={errors.value}
        />
        <ScreenedTextArea screening={commentField} label={t.rating.comment} rows={3} optional />
        <button type="submit" className="button button-primary" disabled={submitting}>
          {t.rating.submit}
        </button>
      </form>
    </section>
  );
}

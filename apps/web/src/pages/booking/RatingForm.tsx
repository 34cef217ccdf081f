import { useState } from 'react';
import { bookingApi } from '../../api/endpoints';
import type { Booking } from '../../api/types';
import { Alert } from '../../components/Alert';
import { RadioGroup } from '../../components/fields';
import { ScreenedTextArea } from '../../components/ScreenedTextArea';
import { FormProblem, useForm } from '../../components/useForm';
import { useTextScreening } from '../../components/useTextScreening';
import { useLanguage } from '../../i18n/language';

const existingRating = (booking: Booking): number | null => booking.rating?.value ?? null;

/** The consultant's 1–5 rating of a held session. */
export function RatingForm({ booking }: { booking: Booking }) {
  const { t } = useLanguage();
  const [value, setValue] = useState('');
  const commentField = useTextScreening('ratingComment');
  const comment = commentField.text;
  const [saved, setSaved] = useState<number | null>(existingRating(booking));
  const [justSaved, setJustSaved] = useState(false);
  const form = useForm({
    labels: { value: t.rating.value, comment: t.rating.comment },
    validate: () => ({ value: value ? undefined : t.rating.missing }),
    focusIds: { value: 'field-ratingValue-1' },
    submit: async () => {
      await bookingApi.rate(booking.id, Number(value), comment.trim() || undefined);
      setJustSaved(true);
      setSaved(Number(value));
    },
    // A refused comment opens the findings panel at the field; what the user wrote stays.
    takeError: (caught) => commentField.takeRefusal(caught, 'comment', comment.trim()),
  });

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

  return (
    <section aria-labelledby="rating-heading" className="mt-7">
      <h2 id="rating-heading">{t.rating.heading}</h2>
      <FormProblem form={form} />
      <form onSubmit={form.onSubmit} noValidate>
        <RadioGroup
          name="ratingValue"
          legend={t.rating.value}
          value={value}
          onValueChange={setValue}
          options={[1, 2, 3, 4, 5].map((n) => ({ value: String(n), label: t.rating.values[n] }))}
          error={form.errors.value}
        />
        <ScreenedTextArea screening={commentField} label={t.rating.comment} rows={3} optional />
        <button type="submit" className="button button-primary" disabled={form.submitting}>
          {t.rating.submit}
        </button>
      </form>
    </section>
  );
}

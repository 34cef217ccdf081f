import { useState } from 'react';
import { bookingApi } from '../../api/endpoints';
import type { Booking } from '../../api/types';
import { Alert } from '../../components/Alert';
import { FormProblem, useForm } from '../../components/useForm';
import { useLanguage } from '../../i18n/language';

/** The contact's "Ny videolink": a new video room for the session; everyone is re-invited. */
export function NewVideoLinkForm({
  booking,
  onChange,
}: {
  booking: Booking;
  onChange: (b: Booking) => void;
}) {
  const { t } = useLanguage();
  const [done, setDone] = useState(false);
  const form = useForm<never>({
    labels: {},
    submit: async () => {
      setDone(false);
      onChange(await bookingApi.renewVideoRoom(booking.id));
      setDone(true);
    },
  });
  return (
    <section aria-labelledby="new-video-link-heading" className="mt-5">
      <h2 id="new-video-link-heading" className="h4">
        {t.booking.newVideoLink}
      </h2>
      <p id="new-video-link-hint">{t.booking.newVideoLinkHint}</p>
      {done && (
        <Alert variant="success" focus>
          {t.booking.newVideoLinkDone}
        </Alert>
      )}
      <FormProblem form={form} />
      <form onSubmit={form.onSubmit} noValidate>
        <button
          type="submit"
          className="button button-secondary"
          disabled={form.submitting}
          aria-describedby="new-video-link-hint"
        >
          {t.booking.newVideoLink}
        </button>
      </form>
    </section>
  );
}

import { useState } from 'react';
import { bookingApi } from '../../api/endpoints';
import {
  ATTENDANCES,
  RECOMMENDATIONS,
  type Attendance,
  type Booking,
  type Recommendation,
} from '../../api/types';
import { Alert } from '../../components/Alert';
import { Facts } from '../../components/Facts';
import { Checkbox, RadioGroup } from '../../components/fields';
import { ScreenedTextArea } from '../../components/ScreenedTextArea';
import { FormProblem, useForm } from '../../components/useForm';
import { useTextScreening } from '../../components/useTextScreening';
import { useLanguage } from '../../i18n/language';

interface OutcomeFormProps {
  booking: Booking;
  onSaved: (booking: Booking) => void;
}

/** The contact's close-out after the session: attendance, recommendation, GP participation. */
export function OutcomeSection({ booking, onSaved }: OutcomeFormProps) {
  const { t } = useLanguage();
  const [justSaved, setJustSaved] = useState(false);
  const started = Date.parse(booking.slot.startsAt) <= Date.now();

  return (
    <section aria-labelledby="outcome-heading" className="mt-7">
      <h2 id="outcome-heading">{booking.outcome ? t.outcome.recorded : t.outcome.heading}</h2>
      {justSaved && (
        <Alert variant="success" focus>
          {t.outcome.saved}
        </Alert>
      )}
      {booking.outcome ? (
        <RecordedOutcome booking={booking} />
      ) : booking.status !== 'booked' ? null : !started ? (
        <p>{t.outcome.notYet}</p>
      ) : (
        <OutcomeForm
          booking={booking}
          onSaved={(saved) => {
            setJustSaved(true);
            onSaved(saved);
          }}
        />
      )}
    </section>
  );
}

function RecordedOutcome({ booking }: { booking: Booking }) {
  const { t } = useLanguage();
  const outcome = booking.outcome!;
  return (
    <Facts
      facts={[
        {
          label: t.outcome.attendance,
          value: t.outcome.attendances[outcome.attendance] ?? outcome.attendance,
        },
        ...(outcome.recommendation
          ? [
              {
                label: t.outcome.recommendation,
                value: t.outcome.recommendations[outcome.recommendation] ?? outcome.recommendation,
              },
            ]
          : []),
        ...(booking.gpEmail
          ? [{ label: t.outcome.gpParticipated, value: outcome.gpParticipated ? t.app.yes : t.app.no }]
          : []),
        ...(outcome.note ? [{ label: t.outcome.note, value: outcome.note }] : []),
      ]}
    />
  );
}

/**
 * The same rules as the server: a recommendation only for a held session (a no-show has nothing to
 * recommend), the GP question only when a GP was invited.
 */
function OutcomeForm({ booking, onSaved }: OutcomeFormProps) {
  const { t } = useLanguage();
  const [attendance, setAttendance] = useState<Attendance | ''>('');
  const [recommendation, setRecommendation] = useState<Recommendation | ''>('');
  const [gpParticipated, setGpParticipated] = useState(false);
  const noteField = useTextScreening('note');
  const note = noteField.text;
  const held = attendance === 'held';
  const gpInvited = booking.gpEmail !== null;
  const form = useForm({
    labels: {
      attendance: t.outcome.attendance,
      recommendation: t.outcome.recommendation,
      gpParticipated: t.outcome.gpParticipated,
      note: t.outcome.note,
    },
    focusIds: {
      attendance: `field-attendance-${ATTENDANCES[0]}`,
      recommendation: `field-recommendation-${RECOMMENDATIONS[0]}`,
    },
    validate: () => ({
      attendance: attendance ? undefined : t.outcome.attendanceMissing,
      recommendation: held && !recommendation ? t.outcome.recommendationMissing : undefined,
    }),
    submit: async () => {
      onSaved(
        await bookingApi.recordOutcome(booking.id, {
          attendance: attendance as Attendance,
          ...(held ? { recommendation: recommendation as Recommendation } : {}),
          ...(held && gpInvited ? { gpParticipated } : {}),
          note: note.trim() || undefined,
        }),
      );
    },
    // A refused note opens the findings panel at the field; what the user wrote stays.
    takeError: (caught) => noteField.takeRefusal(caught, 'note', note.trim()),
  });

  return (
    <>
      <FormProblem form={form} />
      <form onSubmit={form.onSubmit} noValidate>
        <RadioGroup
          name="attendance"
          legend={t.outcome.attendance}
          value={attendance}
          onValueChange={(value) => setAttendance(value as Attendance)}
          options={ATTENDANCES.map((value) => ({ value, label: t.outcome.attendances[value] }))}
          error={form.errors.attendance}
        />
        {held && (
          <RadioGroup
            name="recommendation"
            legend={t.outcome.recommendation}
            value={recommendation}
            onValueChange={(value) => setRecommendation(value as Recommendation)}
            options={RECOMMENDATIONS.map((value) => ({ value, label: t.outcome.recommendations[value] }))}
            error={form.errors.recommendation}
          />
        )}
        {held && gpInvited && (
          <Checkbox
            name="gpParticipated"
            label={t.outcome.gpParticipated}
            checked={gpParticipated}
            onCheckedChange={setGpParticipated}
          />
        )}
        <ScreenedTextArea
          screening={noteField}
          label={t.outcome.note}
          rows={3}
          optional
          error={form.errors.note}
        />
        <button type="submit" className="button button-primary" disabled={form.submitting}>
          {form.submitting ? t.outcome.submitting : t.outcome.submit}
        </button>
      </form>
    </>
  );
}

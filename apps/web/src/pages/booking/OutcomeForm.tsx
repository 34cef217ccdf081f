import { useState, type FormEvent } from 'react';
import { bookingApi } from '../../api/endpoints';
import {
  ATTENDANCES,
  RECOMMENDATIONS,
  type Attendance,
  type Booking,
  type Recommendation,
} from '../../api/types';
import { Alert } from '../../components/Alert';
import { ProblemAlert, serverFieldErrors } from '../../components/errors';
import { Facts } from '../../components/Facts';
import { Checkbox, RadioGroup } from '../../components/fields';
import { ScreenedTextArea } from '../../components/ScreenedTextArea';
import { useTextScreening } from '../../components/useTextScreening';
import { focusFirstError } from '../../format/validation';
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
        {
          label: t.outcome.recommendation,
          value: t.outcome.recommendations[outcome.recommendation] ?? outcome.recommendation,
        },
        { label: t.outcome.gpParticipated, value: outcome.gpParticipated ? t.app.yes : t.app.no },
        ...(outcome.note ? [{ label: t.outcome.note, value: outcome.note }] : []),
      ]}
    />
  );
}

function OutcomeForm({ booking, onSaved }: OutcomeFormProps) {
  const { t } = useLanguage();
  const [attendance, setAttendance] = useState<Attendance | ''>('');
  const [recommendation, setRecommendation] = useState<Recommendation | ''>('');
  const [gpParticipated, setGpParticipated] = useState(false);
  const noteField = useTextScreening('note');
  const note = noteField.text;
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  const [error, setError] = useState<unknown>(null);
  const [submitting, setSubmitting] = useState(false);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const found: Record<string, string | undefined> = {};
    if (!attendance) found.attendance = t.outcome.attendanceMissing;
    if (!recommendation) found.recommendation = t.outcome.recommendationMissing;
    setErrors(found);
    setError(null);
    if (found.attendance || found.recommendation) {
      const first = found.attendance
        ? `field-attendance-${ATTENDANCES[0]}`
        : `field-recommendation-${RECOMMENDATIONS[0]}`;
      document.getElementById(first)?.focus();
      return;
    }
    setSubmitting(true);
    const sent = note.trim();
    try {
      onSaved(
        await bookingApi.recordOutcome(booking.id, {
          attendance: attendance as Attendance,
          recommendation: recommendation as Recommendation,
          gpParticipated,
          note: sent || undefined,
        }),
      );
    } catch (caught) {
      // A refused note opens the findings panel at the field; what the user wrote stays.
      if (noteField.takeRefusal(caught, 'note', sent)) {
        setSubmitting(false);
        return;
      }
      const fieldErrors = serverFieldErrors(caught);
      setErrors(fieldErrors);
      focusFirstError(['attendance', 'recommendation', 'note'], fieldErrors);
      setError(caught);
      setSubmitting(false);
    }
  };

  return (
    <>
      {error !== null && (
        <ProblemAlert
          error={error}
          fieldLabels={{
            attendance: t.outcome.attendance,
            recommendation: t.outcome.recommendation,
            note: t.outcome.note,
          }}
        />
      )}
      <form onSubmit={onSubmit} noValidate>
        <RadioGroup
          name="attendance"
          legend={t.outcome.attendance}
          value={attendance}
          onValueChange={(value) => setAttendance(value as Attendance)}
          options={ATTENDANCES.map((value) => ({ value, label: t.outcome.attendances[value] }))}
          error={errors.attendance}
        />
        <RadioGroup
          name="recommendation"
          legend={t.outcome.recommendation}
          value={recommendation}
          onValueChange={(value) => setRecommendation(value as Recommendation)}
          options={RECOMMENDATIONS.map((value) => ({ value, label: t.outcome.recommendations[value] }))}
          error={errors.recommendation}
        />
        <Checkbox
          name="gpParticipated"
          label={t.outcome.gpParticipated}
          checked={gpParticipated}
          onCheckedChange={setGpParticipated}
        />
        <ScreenedTextArea
          screening={noteField}
          label={t.outcome.note}
          rows={3}
          optional
          error={errors.note}
        />
        <button type="submit" className="button button-primary" disabled={submitting}>
          {submitting ? t.outcome.submitting : t.outcome.submit}
        </button>
      </form>
    </>
  );
}

import { useMemo, useState, type FormEvent } from 'react';
import { toApiError } from '../../api/client';
import { bookingApi, slotApi } from '../../api/endpoints';
import { AGE_BANDS, TOPICS, type AgeBand, type Slot, type Topic } from '../../api/types';
import { AcuteNotice } from '../../components/AcuteNotice';
import { Alert } from '../../components/Alert';
import { ProblemAlert, serverFieldErrors } from '../../components/errors';
import { Facts } from '../../components/Facts';
import { RadioGroup, SelectField, TextAreaField, TextField } from '../../components/fields';
import { LoadState } from '../../components/LoadState';
import { PageHeading } from '../../components/PageHeading';
import { ScreenedTextArea } from '../../components/ScreenedTextArea';
import { useLoader } from '../../components/useLoader';
import { useTextScreening } from '../../components/useTextScreening';
import { weekRange } from '../../components/useWeekParam';
import { copenhagenDate, formatDateTime, isIsoDate, mondayOf, todayInCopenhagen } from '../../format/dates';
import { focusFirstError, isEmail, newIdempotencyKey, splitEmails } from '../../format/validation';
import { useLanguage } from '../../i18n/language';
import { Link, navigate, useRoute, withQuery } from '../../routing/router';

const FIELD_ORDER = ['topic', 'step', 'childAgeBand', 'question', 'gpEmail', 'participantEmails'];

export function BookSlotPage({ slotId }: { slotId: string }) {
  const { t } = useLanguage();
  const { query } = useRoute();
  const week = query.get('uge');
  const monday = isIsoDate(week) ? mondayOf(week) : mondayOf(todayInCopenhagen());
  // There is no single-slot endpoint: find the slot among the week's free slots.
  const loader = useLoader(
    async (signal) =>
      (await slotApi.list({ ...weekRange(monday), available: true }, signal)).find(
        (slot) => slot.id === slotId,
      ) ?? null,
    [slotId, monday],
  );

  return (
    <>
      <PageHeading>{t.book.title}</PageHeading>
      <AcuteNotice />
      <LoadState loader={loader}>
        {(slot) =>
          slot ? (
            <BookingForm slot={slot} monday={monday} />
          ) : (
            <>
              <Alert variant="warning">{t.book.slotMissing}</Alert>
              <p>
                <Link to={withQuery('/find-tid', { uge: monday })}>{t.book.backToSlots}</Link>
              </p>
            </>
          )
        }
      </LoadState>
    </>
  );
}

function BookingForm({ slot, monday }: { slot: Slot; monday: string }) {
  const { t, language } = useLanguage();
  const [topic, setTopic] = useState<Topic | ''>('');
  const [step, setStep] = useState('2');
  const [childAgeBand, setChildAgeBand] = useState<AgeBand | ''>('');
  // The question keeps its findings panel while the user edits it (useTextScreening).
  const questionField = useTextScreening('question');
  const question = questionField.text;
  const [gpEmail, setGpEmail] = useState('');
  const [participants, setParticipants] = useState('');
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  const [error, setError] = useState<unknown>(null);
  const [submitting, setSubmitting] = useState(false);
  // One key per filled-in form: a double click or a retry after a timeout books only once.
  const idempotencyKey = useMemo(() => newIdempotencyKey(), []);

  // A field's error goes away as soon as the user changes that field.
  const edit =
    <T,>(field: string, set: (value: T) => void) =>
    (value: T) => {
      set(value);
      setErrors((current) => (current[field] ? { ...current, [field]: undefined } : current));
    };

  const validate = () => {
    const found: Record<string, string | undefined> = {};
    if (!topic) found.topic = t.book.topicMissing;
    if (!childAgeBand) found.childAgeBand = t.book.ageMissing;
    if (!question.trim()) found.question = t.book.questionMissing;
    if (gpEmail.trim() && !isEmail(gpEmail)) found.gpEmail = t.book.emailInvalid;
    const invalidParticipant = splitEmails(participants).find((email) => !isEmail(email));
    if (invalidParticipant) found.participantEmails = t.book.participantInvalid(invalidParticipant);
    return found;
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const found = validate();
    setErrors(found);
    setError(null);
    if (Object.values(found).some(Boolean)) {
      focusFirstError(FIELD_ORDER, found);
      return;
    }
    setSubmitting(true);
    const sentQuestion = question.trim();
    try {
      const booking = await bookingApi.create(
        {
          slotId: slot.id,
          topic: topic as Topic,
          step: Number(step),
          childAgeBand: childAgeBand as AgeBand,
          question: sentQuestion,
          gpEmail: gpEmail.trim() || undefined,
          participantEmails: splitEmails(participants),
        },
        idempotencyKey,
      );
      navigate(withQuery(`/bookinger/${booking.id}`, { ny: '1' }));
    } catch (caught) {
      // A refused question opens the findings panel at the field (which takes the focus).
      if (questionField.takeRefusal(caught, 'question', sentQuestion)) {
        setError(null);
      } else {
        setErrors(serverFieldErrors(caught));
        setError(caught);
      }
      setSubmitting(false);
    }
  };

  const problem = error ? toApiError(error) : null;
  const slotGone =
    problem?.code === 'SLOT_UNAVAILABLE' ||
    problem?.code === 'BOOKING_CLOSED' ||
    problem?.code === 'NOT_FOUND';

  return (
    <>
      <h2>{t.book.chosenSlot}</h2>
      <Facts
        facts={[
          { label: t.booking.when, value: formatDateTime(slot.startsAt, language) },
          { label: t.booking.duration, value: t.app.duration },
          { label: t.booking.contact, value: slot.contact.name },
          { label: t.calendar.kind, value: t.kinds[slot.kind] },
        ]}
      />
      {error !== null && (
        <ProblemAlert
          error={error}
          fieldLabels={{
            topic: t.book.topic,
            step: t.book.step,
            childAgeBand: t.book.ageBand,
            question: t.book.question,
            gpEmail: t.book.gpEmail,
            participantEmails: t.book.participants,
          }}
        >
          {slotGone && (
            <p>
              <Link to={withQuery('/find-tid', { uge: mondayOf(copenhagenDate(slot.startsAt)) })}>
                {t.book.backToSlots}
              </Link>
            </p>
          )}
        </ProblemAlert>
      )}
      <form onSubmit={onSubmit} noValidate className="mt-6">
        <SelectField
          name="topic"
          label={t.book.topic}
          value={topic}
          onValueChange={edit('topic', (value: string) => setTopic(value as Topic))}
          placeholder={t.book.chooseTopic}
          options={TOPICS.map((value) => ({ value, label: t.topics[value] }))}
          error={errors.topic}
          required
        />
        <RadioGroup
          name="step"
          legend={t.book.step}
          hint={t.book.stepHint}
          value={step}
          onValueChange={edit('step', setStep)}
          options={[1, 2, 3, 4].map((value) => ({ value: String(value), label: t.steps[value] }))}
          error={errors.step}
        />
        <RadioGroup
          name="childAgeBand"
          legend={t.book.ageBand}
          value={childAgeBand}
          onValueChange={edit('childAgeBand', (value: string) => setChildAgeBand(value as AgeBand))}
          options={AGE_BANDS.map((value) => ({ value, label: t.ageBands[value] }))}
          error={errors.childAgeBand}
        />
        <ScreenedTextArea
          screening={{ ...questionField, change: edit('question', questionField.change) }}
          label={t.book.question}
          hint={t.book.questionHint}
          error={errors.question}
          rows={6}
        />
        <TextField
          name="gpEmail"
          type="email"
          label={t.book.gpEmail}
          hint={t.book.gpHint}
          value={gpEmail}
          onValueChange={edit('gpEmail', setGpEmail)}
          error={errors.gpEmail}
          optional
        />
        <TextAreaField
          name="participantEmails"
          label={t.book.participants}
          hint={t.book.participantsHint}
          value={participants}
          onValueChange={edit('participantEmails', setParticipants)}
          error={errors.participantEmails}
          rows={3}
          optional
        />
        <div className="button-row">
          <button type="submit" className="button button-primary" disabled={submitting}>
            {submitting ? t.book.submitting : t.book.submit}
          </button>
          <Link to={withQuery('/find-tid', { uge: monday })} className="button button-tertiary">
            {t.book.backToSlots}
          </Link>
        </div>
      </form>
    </>
  );
}

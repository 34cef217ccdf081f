import { useMemo, useState } from 'react';
import { toApiError } from '../../api/client';
import { bookingApi, caseSummaryApi, slotApi } from '../../api/endpoints';
import { AGE_BANDS, TOPICS, type AgeBand, type Slot, type Topic } from '../../api/types';
import { AcuteNotice } from '../../components/AcuteNotice';
import { Alert } from '../../components/Alert';
import { clearDraft, draftKey, moveDraft, readDraft, useDraftSaving } from '../../components/drafts';
import { Facts } from '../../components/Facts';
import { RadioGroup, SelectField, TextAreaField, TextField } from '../../components/fields';
import { LoadState } from '../../components/LoadState';
import { PageHeading } from '../../components/PageHeading';
import { ScreenedTextArea } from '../../components/ScreenedTextArea';
import { useFocusAfterRender } from '../../components/useFocusAfterRender';
import { FormProblem, useForm } from '../../components/useForm';
import { useLoader } from '../../components/useLoader';
import { useTextScreening } from '../../components/useTextScreening';
import { weekRange } from '../../components/useWeekParam';
import { copenhagenDate, formatDateTime, isIsoDate, mondayOf, todayInCopenhagen } from '../../format/dates';
import { isEmail, newIdempotencyKey, splitEmails } from '../../format/validation';
import { useLanguage } from '../../i18n/language';
import { Link, navigate, useRoute, withQuery } from '../../routing/router';
import { useUser } from '../../session/session';
import { BookingReview, type BookingEntries } from './BookingReview';
import { NearestFreeSlots } from './NearestFreeSlots';

type Field = 'topic' | 'step' | 'childAgeBand' | 'question' | 'gpEmail' | 'participantEmails';

/** Slot errors after which this time cannot be booked: offer the nearest free ones instead. */
const SLOT_GONE = ['SLOT_UNAVAILABLE', 'BOOKING_CLOSED', 'NOT_FOUND'];

export function BookSlotPage({ slotId }: { slotId: string }) {
  const { t } = useLanguage();
  const user = useUser();
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
  const key = draftKey(user.id, 'booking', slotId);

  return (
    <>
      <PageHeading>{t.book.title}</PageHeading>
      <AcuteNotice />
      <LoadState loader={loader}>
        {(slot) =>
          slot ? (
            <BookingForm
              key={slot.id}
              slot={slot}
              monday={monday}
              startInReview={query.get('tjek') === '1'}
            />
          ) : (
            <>
              <Alert variant="warning">{t.book.slotMissing}</Alert>
              {/* What was typed for this time is kept and follows the user to another one. */}
              {readDraft(key) && <p>{t.book.draftKept}</p>}
              <NearestFreeSlots excludeId={slotId} onPick={(next) => pickOther(key, user.id, next)} />
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

/** Moves the draft to the other time and opens its review: nothing typed is lost. */
function pickOther(fromKey: string, userId: string, slot: Slot): void {
  moveDraft(fromKey, draftKey(userId, 'booking', slot.id));
  navigate(withQuery(`/book/${slot.id}`, { uge: mondayOf(copenhagenDate(slot.startsAt)), tjek: '1' }));
}

interface BookingFormProps {
  slot: Slot;
  monday: string;
  /** Straight to "Tjek dine oplysninger" (after picking another time for a filled-in booking). */
  startInReview: boolean;
}

function BookingForm({ slot, monday, startInReview }: BookingFormProps) {
  const { t, language } = useLanguage();
  const user = useUser();
  const key = draftKey(user.id, 'booking', slot.id);
  const [draft] = useState(() => readDraft<BookingEntries>(key) ?? {});
  const [topic, setTopic] = useState<Topic | ''>(draft.topic ?? '');
  const [step, setStep] = useState(draft.step ?? '2');
  const [childAgeBand, setChildAgeBand] = useState<AgeBand | ''>(draft.childAgeBand ?? '');
  // The question keeps its findings panel while the user edits it (useTextScreening).
  const questionField = useTextScreening('question', draft.question ?? '');
  const question = questionField.text;
  const [gpEmail, setGpEmail] = useState(draft.gpEmail ?? '');
  const [participants, setParticipants] = useState(draft.participants ?? '');
  const entries: BookingEntries = { topic, step, childAgeBand, question, gpEmail, participants };
  const touched = Boolean(topic || childAgeBand || question.trim() || gpEmail.trim() || participants.trim());
  useDraftSaving(key, entries, touched);

  const [phase, setPhase] = useState<'edit' | 'review'>(startInReview && touched ? 'review' : 'edit');
  // Why this time cannot be booked any more (someone took it, booking closed), if so.
  const [slotGone, setSlotGone] = useState<string | null>(null);
  const focusAfterRender = useFocusAfterRender();
  // One key per filled-in form: a double click or a retry after a timeout books only once.
  const idempotencyKey = useMemo(() => newIdempotencyKey(), []);

  const labels: Record<Field, string> = {
    topic: t.book.topic,
    step: t.book.step,
    childAgeBand: t.book.ageBand,
    question: t.book.question,
    gpEmail: t.book.gpEmail,
    participantEmails: t.book.participants,
  };

  const validate = () => {
    const invalidParticipant = splitEmails(participants).find((email) => !isEmail(email));
    return {
      topic: topic ? undefined : t.book.topicMissing,
      childAgeBand: childAgeBand ? undefined : t.book.ageMissing,
      question: question.trim() ? undefined : t.book.questionMissing,
      gpEmail: gpEmail.trim() && !isEmail(gpEmail) ? t.book.emailInvalid : undefined,
      participantEmails: invalidParticipant ? t.book.participantInvalid(invalidParticipant) : undefined,
    };
  };

  // Step 1: the fields. "Fortsæt" checks them and the question's anonymity, then shows the review.
  const editForm = useForm<Field>({
    labels,
    validate,
    focusIds: { childAgeBand: `field-childAgeBand-${AGE_BANDS[0]}` },
    submit: async () => {
      const checked = question.trim();
      const check = await caseSummaryApi.check(checked);
      if (!check.anonymous && check.findings.length > 0) {
        questionField.show(check.findings, checked);
        return;
      }
      questionField.reset();
      setPhase('review');
      focusAfterRender('review-heading');
    },
  });

  // Step 2: "Book tiden" from the review.
  const bookForm = useForm<Field>({
    labels,
    submit: async () => {
      setSlotGone(null);
      const booking = await bookingApi.create(
        {
          slotId: slot.id,
          topic: topic as Topic,
          step: Number(step),
          childAgeBand: childAgeBand as AgeBand,
          question: question.trim(),
          gpEmail: gpEmail.trim() || undefined,
          participantEmails: splitEmails(participants),
        },
        idempotencyKey,
      );
      clearDraft(key);
      navigate(withQuery(`/bookinger/${booking.id}`, { ny: '1' }));
    },
    takeError: (caught) => {
      // A refused question goes back to the field, with the findings panel open there.
      if (questionField.takeRefusal(caught, 'question', question.trim())) {
        setPhase('edit');
        return true;
      }
      const code = toApiError(caught).code;
      if (SLOT_GONE.includes(code)) setSlotGone(code);
      // Other field errors: back to the form, where they are shown at their fields.
      if (toApiError(caught).fieldErrors.length > 0) setPhase('edit');
      return false;
    },
  });

  const edit = (field: Field) => {
    setPhase('edit');
    bookForm.reset();
    const target =
      field === 'step'
        ? `field-step-${step}`
        : field === 'childAgeBand' && childAgeBand
          ? `field-childAgeBand-${childAgeBand}`
          : `field-${field}`;
    focusAfterRender(target);
  };

  const slotFacts = (
    <Facts
      facts={[
        { label: t.booking.when, value: formatDateTime(slot.startsAt, language) },
        { label: t.booking.duration, value: t.app.duration },
        { label: t.booking.contact, value: slot.contact.name },
        { label: t.calendar.kind, value: t.kinds[slot.kind] },
      ]}
    />
  );

  if (phase === 'review') {
    return (
      <>
        <h2 id="review-heading" tabIndex={-1}>
          {t.review.heading}
        </h2>
        <p>{t.review.intro}</p>
        {slotFacts}
        <FormProblem form={bookForm} messages={{ SLOT_UNAVAILABLE: t.book.slotTaken }} />
        {slotGone && (
          <>
            {/* The message for a taken time says so already. */}
            {slotGone !== 'SLOT_UNAVAILABLE' && <p>{t.book.draftKept}</p>}
            <NearestFreeSlots excludeId={slot.id} onPick={(next) => pickOther(key, user.id, next)} />
          </>
        )}
        <BookingReview entries={entries} onEdit={edit} />
        <form onSubmit={bookForm.onSubmit} noValidate className="mt-6">
          <div className="button-row">
            {!slotGone && (
              <button type="submit" className="button button-primary" disabled={bookForm.submitting}>
                {bookForm.submitting ? t.book.submitting : t.book.submit}
              </button>
            )}
            <button type="button" className="button button-secondary" onClick={() => edit('topic')}>
              {t.review.backToForm}
            </button>
          </div>
        </form>
      </>
    );
  }

  return (
    <>
      <h2>{t.book.chosenSlot}</h2>
      {slotFacts}
      <FormProblem form={editForm} />
      {/* What the server refused at a field sends the user back here: the summary comes along. */}
      <FormProblem form={bookForm} />
      <form onSubmit={editForm.onSubmit} noValidate className="mt-6">
        <SelectField
          name="topic"
          label={t.book.topic}
          value={topic}
          onValueChange={(value: string) => setTopic(value as Topic)}
          placeholder={t.book.chooseTopic}
          options={TOPICS.map((value) => ({ value, label: t.topics[value] }))}
          error={editForm.errors.topic ?? bookForm.errors.topic}
          required
        />
        <RadioGroup
          name="step"
          legend={t.book.step}
          hint={t.book.stepHint}
          value={step}
          onValueChange={setStep}
          options={[1, 2, 3, 4].map((value) => ({ value: String(value), label: t.steps[value] }))}
          error={editForm.errors.step ?? bookForm.errors.step}
        />
        <RadioGroup
          name="childAgeBand"
          legend={t.book.ageBand}
          value={childAgeBand}
          onValueChange={(value: string) => setChildAgeBand(value as AgeBand)}
          options={AGE_BANDS.map((value) => ({ value, label: t.ageBands[value] }))}
          error={editForm.errors.childAgeBand ?? bookForm.errors.childAgeBand}
        />
        <ScreenedTextArea
          screening={questionField}
          label={t.book.question}
          hint={t.book.questionHint}
          error={editForm.errors.question ?? bookForm.errors.question}
          rows={6}
        />
        <TextField
          name="gpEmail"
          type="email"
          label={t.book.gpEmail}
          hint={t.book.gpHint}
          value={gpEmail}
          onValueChange={setGpEmail}
          error={editForm.errors.gpEmail ?? bookForm.errors.gpEmail}
          optional
        />
        <TextAreaField
          name="participantEmails"
          label={t.book.participants}
          hint={t.book.participantsHint}
          value={participants}
          onValueChange={setParticipants}
          error={editForm.errors.participantEmails ?? bookForm.errors.participantEmails}
          rows={3}
          optional
        />
        <p className="form-hint">{t.book.draftNote}</p>
        <div className="button-row">
          <button type="submit" className="button button-primary" disabled={editForm.submitting}>
            {editForm.submitting ? t.review.checking : t.review.continue}
          </button>
          <Link to={withQuery('/find-tid', { uge: monday })} className="button button-tertiary">
            {t.book.backToSlots}
          </Link>
        </div>
      </form>
    </>
  );
}

import type { AgeBand, Topic } from '../../api/types';
import { ActionText } from '../../components/ActionText';
import { splitEmails } from '../../format/validation';
import { useLanguage } from '../../i18n/language';

/** What the consultant typed in the booking form (also the shape of its draft). */
export interface BookingEntries {
  topic: Topic | '';
  step: string;
  childAgeBand: AgeBand | '';
  question: string;
  gpEmail: string;
  participants: string;
}

type EditableField = 'topic' | 'step' | 'childAgeBand' | 'question' | 'gpEmail' | 'participantEmails';

/** "Tjek dine oplysninger": every entry once more, each with "Ret" back to its field. */
export function BookingReview({
  entries,
  onEdit,
}: {
  entries: BookingEntries;
  onEdit: (field: EditableField) => void;
}) {
  const { t } = useLanguage();
  const participants = splitEmails(entries.participants);
  const rows: { field: EditableField; label: string; value: string }[] = [
    { field: 'topic', label: t.book.topic, value: entries.topic ? t.topics[entries.topic] : t.app.none },
    { field: 'step', label: t.book.step, value: t.steps[Number(entries.step)] ?? entries.step },
    {
      field: 'childAgeBand',
      label: t.book.ageBand,
      value: entries.childAgeBand ? t.ageBands[entries.childAgeBand] : t.app.none,
    },
    { field: 'question', label: t.book.question, value: entries.question.trim() },
    { field: 'gpEmail', label: t.book.gpEmail, value: entries.gpEmail.trim() || t.app.none },
    {
      field: 'participantEmails',
      label: t.book.participants,
      value: participants.length ? participants.join(', ') : t.app.none,
    },
  ];
  return (
    <dl className="facts review-list" data-testid="booking-review">
      {rows.map((row) => (
        <div className="facts-row review-row" key={row.field}>
          <dt>{row.label}</dt>
          <dd>
            <span className="pre-wrap break-words">{row.value}</span>{' '}
            <button type="button" className="button-link" onClick={() => onEdit(row.field)}>
              <ActionText text={t.review.edit} context={row.label} />
            </button>
          </dd>
        </div>
      ))}
    </dl>
  );
}

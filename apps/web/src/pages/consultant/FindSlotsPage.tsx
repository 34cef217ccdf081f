import { AcuteNotice } from '../../components/AcuteNotice';
import { ActionText } from '../../components/ActionText';
import { FreeSlotWeek } from '../../components/FreeSlotWeek';
import { PageHeading } from '../../components/PageHeading';
import { useFreeSlotsOfWeek } from '../../components/useFreeSlotsOfWeek';
import { copenhagenDate, formatDateTime, mondayOf } from '../../format/dates';
import { useLanguage } from '../../i18n/language';
import { Link, withQuery } from '../../routing/router';

/** Opens on the week of the next free time; week, month and "Næste ledige tid" move on from there. */
export function FindSlotsPage() {
  const { t, language } = useLanguage();
  const week = useFreeSlotsOfWeek();
  return (
    <>
      <PageHeading>{t.findSlots.title}</PageHeading>
      <p className="font-lead">{t.findSlots.intro}</p>
      <AcuteNotice />
      <FreeSlotWeek
        week={week}
        action={(slot) => (
          // The slot's own week: the shown one may be changing under a click.
          <Link
            to={withQuery(`/book/${slot.id}`, { uge: mondayOf(copenhagenDate(slot.startsAt)) })}
            className="button button-primary"
          >
            <ActionText
              text={t.findSlots.book}
              context={`${t.kinds[slot.kind]} ${formatDateTime(slot.startsAt, language)}`}
            />
          </Link>
        )}
      />
    </>
  );
}

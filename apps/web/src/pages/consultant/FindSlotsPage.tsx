import { ActionText } from '../../components/ActionText';
import { AcuteNotice } from '../../components/AcuteNotice';
import { LoadState } from '../../components/LoadState';
import { PageHeading } from '../../components/PageHeading';
import { SlotDayList } from '../../components/SlotDayList';
import { useFreeSlotsOfWeek } from '../../components/useFreeSlotsOfWeek';
import { WeekNavigator } from '../../components/WeekNavigator';
import { formatDateTime, isoWeekNumber } from '../../format/dates';
import { useLanguage } from '../../i18n/language';
import { Link, withQuery } from '../../routing/router';

export function FindSlotsPage() {
  const { t, language } = useLanguage();
  const { monday, setMonday, slots: loader } = useFreeSlotsOfWeek();
  const slots =
    loader.result.state === 'ready'
      ? loader.result.data.filter((slot) => slot.available && slot.status === 'open')
      : [];

  return (
    <>
      <PageHeading>{t.findSlots.title}</PageHeading>
      <p className="font-lead">{t.findSlots.intro}</p>
      <AcuteNotice />
      <WeekNavigator monday={monday} onChange={setMonday} />
      <p aria-live="polite" className="result-count">
        {loader.result.state === 'ready' ? t.findSlots.count(slots.length, isoWeekNumber(monday)) : ''}
      </p>
      <LoadState loader={loader}>
        {() =>
          slots.length === 0 ? (
            <p className="empty-state">{t.findSlots.empty}</p>
          ) : (
            <SlotDayList
              slots={slots}
              action={(slot) => (
                <Link to={withQuery(`/book/${slot.id}`, { uge: monday })} className="button button-primary">
                  <ActionText
                    text={t.findSlots.book}
                    context={`${t.kinds[slot.kind]} ${formatDateTime(slot.startsAt, language)}`}
                  />
                </Link>
              )}
            />
          )
        }
      </LoadState>
    </>
  );
}

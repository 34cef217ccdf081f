import { useEffect, useRef, useState } from 'react';
import { slotApi } from '../../api/endpoints';
import type {
  CreateSlotSeries,
  Municipality,
  SeriesChange,
  SeriesPreviewDate,
  SessionKind,
  SlotSeries,
} from '../../api/types';
import { Alert } from '../../components/Alert';
import { clashingSlotTime } from '../../components/clashingSlot';
import { ProblemAlert } from '../../components/errors';
import { Checkbox, CheckboxGroup, RadioGroup, SelectField, TextField } from '../../components/fields';
import { LoadState } from '../../components/LoadState';
import { PageHeading } from '../../components/PageHeading';
import { useFocusAfterRender } from '../../components/useFocusAfterRender';
import { FormProblem, useForm } from '../../components/useForm';
import { useLoader } from '../../components/useLoader';
import { municipalityNames, useMunicipalities } from '../../components/useMunicipalityNames';
import { formatDateTime, formatLongDate, formatTime, todayInCopenhagen } from '../../format/dates';
import { useLanguage } from '../../i18n/language';
import { useUser } from '../../session/session';

export function SeriesPage() {
  const { t } = useLanguage();
  const loader = useLoader(
    (signal) => slotApi.listSeries().then((series) => (signal.aborted ? [] : series)),
    [],
  );
  const municipalities = useMunicipalities();
  const [notice, setNotice] = useState<string | null>(null);

  return (
    <>
      <PageHeading>{t.series.title}</PageHeading>
      <p className="font-lead">{t.series.intro}</p>
      {notice && (
        <Alert variant="success" focus key={notice}>
          {notice}
        </Alert>
      )}
      <section aria-labelledby="series-list-heading">
        <h2 id="series-list-heading">{t.series.existing}</h2>
        <LoadState loader={loader}>
          {(series) =>
            series.length === 0 ? (
              <p className="empty-state">{t.series.empty}</p>
            ) : (
              <ul className="unstyled-list series-list">
                {series.map((item) => (
                  <SeriesItem
                    key={item.id}
                    series={item}
                    municipalities={municipalities}
                    onEnded={() => {
                      loader.reload();
                      setNotice(t.series.ended);
                    }}
                    onChanged={() => {
                      loader.reload();
                      setNotice(t.series.changed);
                    }}
                  />
                ))}
              </ul>
            )
          }
        </LoadState>
      </section>
      <CreateSeriesForm
        municipalities={municipalities}
        onCreated={(created) => {
          loader.setData((current) => [...current, created]);
          setNotice(t.series.created(created.slotsCreated ?? 0));
        }}
      />
    </>
  );
}

function useSeriesDescription() {
  const { t, language } = useLanguage();
  return (series: SlotSeries) => {
    const base = t.series.describe(
      t.series.weekdays[series.weekday - 1] ?? '',
      series.intervalWeeks,
      series.startTime.replace(':', language === 'da' ? '.' : ':'),
    );
    const from = t.series.from(formatLongDate(`${series.startsOn}T12:00:00Z`, language));
    const until = series.endsOn
      ? ` ${t.series.until(formatLongDate(`${series.endsOn}T12:00:00Z`, language))}`
      : '';
    return `${base} ${from}${until}`;
  };
}

interface SeriesItemProps {
  series: SlotSeries;
  municipalities: Municipality[];
  onEnded: () => void;
  onChanged: () => void;
}

function SeriesItem({ series, municipalities, onEnded, onChanged }: SeriesItemProps) {
  const { t, language } = useLanguage();
  const [changing, setChanging] = useState(false);
  const focusAfterRender = useFocusAfterRender();
  const description = useSeriesDescription()(series);

  return (
    <li className="series-item">
      <p className="mb-2">
        <strong>{t.kinds[series.kind]}</strong>: {description}
      </p>
      <p className="small-text mb-3">{municipalityNames(series.municipalityIds, municipalities)}</p>
      {series.endedAt ? (
        <p className="small-text">
          <span className="badge mr-3">{t.series.endedLabel}</span>
          {t.series.endedOn(formatLongDate(series.endedAt, language))}
        </p>
      ) : changing ? (
        <ChangeSeriesForm
          series={series}
          description={description}
          onDone={(changed) => {
            setChanging(false);
            if (changed) onChanged();
            else focusAfterRender(`change-series-${series.id}`);
          }}
        />
      ) : (
        <SeriesActions
          series={series}
          description={description}
          onChange={() => setChanging(true)}
          onEnded={onEnded}
        />
      )}
    </li>
  );
}

interface SeriesActionsProps {
  series: SlotSeries;
  description: string;
  onChange: () => void;
  onEnded: () => void;
}

/** "Ret serien" and "Afslut serien", the latter confirmed before anything is removed. */
function SeriesActions({ series, description, onChange, onEnded }: SeriesActionsProps) {
  const { t } = useLanguage();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [submitting, setSubmitting] = useState(false);
  const confirmRef = useRef<HTMLParagraphElement>(null);
  const focusAfterRender = useFocusAfterRender();

  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  const end = async () => {
    setSubmitting(true);
    setError(null);
    try {
      await slotApi.endSeries(series.id);
      onEnded();
    } catch (caught) {
      setError(caught);
      setSubmitting(false);
    }
  };

  return (
    <>
      {error !== null && <ProblemAlert error={error} />}
      {confirming ? (
        <div className="confirm-panel">
          <p ref={confirmRef} tabIndex={-1}>
            {t.series.endWarning}
          </p>
          <div className="button-row">
            <button
              type="button"
              className="button button-warning"
              onClick={() => void end()}
              disabled={submitting}
            >
              {t.series.endConfirm}
            </button>
            <button
              type="button"
              className="button button-secondary"
              onClick={() => {
                setConfirming(false);
                focusAfterRender(`end-series-${series.id}`);
              }}
            >
              {t.series.keep}
            </button>
          </div>
        </div>
      ) : (
        <div className="button-row">
          <button
            id={`change-series-${series.id}`}
            type="button"
            className="button button-secondary"
            onClick={onChange}
          >
            {t.series.change}
            <span className="sr-only">: {description}</span>
          </button>
          <button
            id={`end-series-${series.id}`}
            type="button"
            className="button button-secondary"
            onClick={() => setConfirming(true)}
          >
            {t.series.end}
            <span className="sr-only">: {description}</span>
          </button>
        </div>
      )}
    </>
  );
}

const normaliseTime = (value: string) => value.trim().replace('.', ':').padStart(5, '0');
const isTime = (value: string) => /^([01]\d|2[0-3]):[0-5]\d$/.test(value);

/**
 * Changing a series in two steps: what changes (time, interval, last date), then its effect — free
 * times removed and created, booked times that stay — before it is saved.
 */
function ChangeSeriesForm({
  series,
  description,
  onDone,
}: {
  series: SlotSeries;
  description: string;
  onDone: (changed: boolean) => void;
}) {
  const { t, language } = useLanguage();
  const [startTime, setStartTime] = useState(series.startTime.replace(':', '.'));
  const [intervalWeeks, setIntervalWeeks] = useState(String(series.intervalWeeks));
  const [endsOn, setEndsOn] = useState(series.endsOn ?? '');
  const [effect, setEffect] = useState<SeriesChange | null>(null);
  const focusAfterRender = useFocusAfterRender();
  const prefix = `series-${series.id}`;
  const request = (dryRun: boolean) => ({
    startTime: normaliseTime(startTime),
    intervalWeeks: Number(intervalWeeks),
    endsOn: endsOn || null,
    dryRun,
  });
  const unchanged =
    normaliseTime(startTime) === series.startTime &&
    Number(intervalWeeks) === series.intervalWeeks &&
    (endsOn || null) === (series.endsOn ?? null);

  const form = useForm({
    labels: { startTime: t.series.startTime, intervalWeeks: t.series.interval, endsOn: t.series.endsOn },
    focusIds: { startTime: `field-${prefix}-startTime`, endsOn: `field-${prefix}-endsOn` },
    validate: () => ({
      startTime: isTime(normaliseTime(startTime)) ? undefined : t.series.startTimeInvalid,
      endsOn: endsOn && endsOn < series.startsOn ? t.series.endsOnBeforeStart : undefined,
    }),
    submit: async () => {
      if (effect) {
        await slotApi.changeSeries(series.id, request(false));
        onDone(true);
        return;
      }
      setEffect(await slotApi.changeSeries(series.id, request(true)));
      focusAfterRender(`${prefix}-effect`);
    },
  });

  return (
    <section aria-labelledby={`${prefix}-change-heading`} className="confirm-panel">
      <h3 id={`${prefix}-change-heading`} className="h5">
        {t.series.changeHeading(description)}
      </h3>
      <FormProblem form={form} />
      <form onSubmit={form.onSubmit} noValidate>
        {effect ? (
          <div id={`${prefix}-effect`} tabIndex={-1} data-testid="series-change-effect">
            <p>{t.series.changeEffect(effect.slotsRemoved, effect.slotsCreated)}</p>
            {effect.bookedKept.length > 0 && (
              <>
                <h4 className="h6">{t.series.bookedKeptHeading}</h4>
                <p>{t.series.bookedKeptIntro}</p>
                <ul>
                  {effect.bookedKept.map((kept) => (
                    <li key={kept.slotId}>
                      {formatDateTime(kept.startsAt, language)} –{' '}
                      {t.series.bookedBy(kept.bookedBy.join(', '))}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </div>
        ) : (
          <>
            <TextField
              name={`${prefix}-startTime`}
              label={t.series.startTime}
              hint={t.series.startTimeHint}
              value={startTime}
              onValueChange={setStartTime}
              error={form.errors.startTime}
              widthClass="input-width-xs"
              inputMode="numeric"
            />
            <SelectField
              name={`${prefix}-intervalWeeks`}
              label={t.series.interval}
              value={intervalWeeks}
              onValueChange={setIntervalWeeks}
              options={[1, 2, 3, 4, 5, 6, 7, 8].map((n) => ({
                value: String(n),
                label: t.series.intervals(n),
              }))}
            />
            <TextField
              name={`${prefix}-endsOn`}
              type="date"
              label={t.series.endsOn}
              hint={t.series.noEnd}
              value={endsOn}
              onValueChange={setEndsOn}
              error={form.errors.endsOn}
              widthClass="input-width-s"
              optional
            />
            {unchanged && <p>{t.series.nothingChanged}</p>}
          </>
        )}
        <div className="button-row">
          <button
            type="submit"
            className="button button-primary"
            disabled={form.submitting || (!effect && unchanged)}
          >
            {effect ? t.series.changeConfirm : t.series.changeSubmit}
          </button>
          <button
            type="button"
            className="button button-secondary"
            onClick={() => (effect ? setEffect(null) : onDone(false))}
          >
            {effect ? t.series.backToForm : t.series.changeCancel}
          </button>
        </div>
      </form>
    </section>
  );
}

const KINDS: SessionKind[] = ['sparring', 'supervision', 'teaching'];

function CreateSeriesForm({
  municipalities,
  onCreated,
}: {
  municipalities: Municipality[];
  onCreated: (series: SlotSeries) => void;
}) {
  const { t, language } = useLanguage();
  const user = useUser();
  const own = municipalities.filter((m) => m.contactId === user.id || m.deputyContactId === user.id);
  // A contact usually serves their own municipalities; teaching may be offered more widely.
  const offered = own.length > 0 ? own : municipalities;
  const [kind, setKind] = useState<SessionKind>('sparring');
  const [municipalityIds, setMunicipalityIds] = useState<string[]>([]);
  const [weekday, setWeekday] = useState('2');
  const [startTime, setStartTime] = useState('09.00');
  const [intervalWeeks, setIntervalWeeks] = useState('1');
  const [startsOn, setStartsOn] = useState(todayInCopenhagen());
  const [endsOn, setEndsOn] = useState('');
  const [capacity, setCapacity] = useState('10');
  const [videoUrl, setVideoUrl] = useState('');
  const [includePublicHolidays, setIncludePublicHolidays] = useState(false);
  const [dates, setDates] = useState<SeriesPreviewDate[] | null>(null);
  const focusAfterRender = useFocusAfterRender();

  const body = (): CreateSlotSeries => ({
    kind,
    municipalityIds,
    weekday: Number(weekday),
    startTime: normaliseTime(startTime),
    intervalWeeks: Number(intervalWeeks),
    startsOn,
    endsOn: endsOn || undefined,
    capacity: kind === 'teaching' ? Number(capacity) : undefined,
    videoUrl: videoUrl.trim() || undefined,
    includePublicHolidays,
  });

  const form = useForm({
    labels: {
      kind: t.series.kind,
      municipalityIds: t.series.municipalities,
      weekday: t.series.weekday,
      startTime: t.series.startTime,
      intervalWeeks: t.series.interval,
      startsOn: t.series.startsOn,
      endsOn: t.series.endsOn,
      capacity: t.series.capacity,
      videoUrl: t.series.videoUrl,
    },
    focusIds: { municipalityIds: `field-municipalityIds-${offered[0]?.id}` },
    validate: () => ({
      municipalityIds: municipalityIds.length === 0 ? t.series.municipalitiesMissing : undefined,
      startTime: isTime(normaliseTime(startTime)) ? undefined : t.series.startTimeInvalid,
      startsOn: startsOn ? undefined : t.series.dateMissing,
      endsOn: endsOn && startsOn && endsOn < startsOn ? t.series.endsOnBeforeStart : undefined,
    }),
    // First the dates the rule gives (holidays marked), then the series itself.
    submit: async () => {
      if (dates) {
        const created = await slotApi.createSeries(body());
        setDates(null);
        onCreated(created);
        return;
      }
      setDates((await slotApi.previewSeries(body())).dates);
      focusAfterRender('series-preview-heading');
    },
  });
  const slotCount = dates?.filter((date) => !date.skipped).length ?? 0;
  // One of the series' times overlaps another time of the contact: say which.
  const clashWhen = clashingSlotTime(form.problem, language);

  return (
    <section aria-labelledby="create-series-heading" className="mt-8">
      <h2 id="create-series-heading">{t.series.createHeading}</h2>
      <FormProblem form={form} messages={clashWhen ? { CONFLICT: t.series.clash(clashWhen) } : undefined} />
      <form onSubmit={form.onSubmit} noValidate>
        {dates ? (
          <div data-testid="series-preview">
            <h3 id="series-preview-heading" tabIndex={-1}>
              {t.series.previewHeading}
            </h3>
            {slotCount === 0 ? (
              <p>{t.series.previewNone}</p>
            ) : (
              <>
                <p>{t.series.previewIntro(slotCount)}</p>
                <ul className="series-preview-dates">
                  {dates.map((date) => (
                    <li key={date.date} className={date.skipped ? 'series-preview-skipped' : undefined}>
                      {formatLongDate(date.startsAt, language)} {formatTime(date.startsAt, language)}
                      {date.skipped && <strong> – {t.series.previewSkipped(date.skipped.name)}</strong>}
                    </li>
                  ))}
                </ul>
              </>
            )}
            <div className="button-row">
              <button
                type="submit"
                className="button button-primary"
                disabled={form.submitting || slotCount === 0}
              >
                {form.submitting ? t.series.submitting : t.series.confirmCreate}
              </button>
              <button
                type="button"
                className="button button-secondary"
                onClick={() => {
                  setDates(null);
                  focusAfterRender('field-kind-sparring');
                }}
              >
                {t.series.backToForm}
              </button>
            </div>
          </div>
        ) : (
          <>
            <RadioGroup
              name="kind"
              legend={t.series.kind}
              value={kind}
              onValueChange={(value) => setKind(value as SessionKind)}
              options={KINDS.map((value) => ({ value, label: t.kinds[value] }))}
              error={form.errors.kind}
            />
            <CheckboxGroup
              name="municipalityIds"
              legend={t.series.municipalities}
              hint={t.series.municipalitiesHint}
              values={municipalityIds}
              onValuesChange={setMunicipalityIds}
              options={offered.map((m) => ({ value: m.id, label: m.name }))}
              error={form.errors.municipalityIds}
            />
            <SelectField
              name="weekday"
              label={t.series.weekday}
              value={weekday}
              onValueChange={setWeekday}
              options={t.series.weekdays.map((label, index) => ({ value: String(index + 1), label }))}
              error={form.errors.weekday}
            />
            <TextField
              name="startTime"
              label={t.series.startTime}
              hint={t.series.startTimeHint}
              value={startTime}
              onValueChange={setStartTime}
              error={form.errors.startTime}
              widthClass="input-width-xs"
              inputMode="numeric"
            />
            <SelectField
              name="intervalWeeks"
              label={t.series.interval}
              value={intervalWeeks}
              onValueChange={setIntervalWeeks}
              options={[1, 2, 3, 4, 5, 6, 7, 8].map((n) => ({
                value: String(n),
                label: t.series.intervals(n),
              }))}
              error={form.errors.intervalWeeks}
            />
            <TextField
              name="startsOn"
              type="date"
              label={t.series.startsOn}
              value={startsOn}
              onValueChange={setStartsOn}
              error={form.errors.startsOn}
              widthClass="input-width-s"
            />
            <TextField
              name="endsOn"
              type="date"
              label={t.series.endsOn}
              value={endsOn}
              onValueChange={setEndsOn}
              error={form.errors.endsOn}
              widthClass="input-width-s"
              min={startsOn || undefined}
              optional
            />
            {kind === 'teaching' && (
              <TextField
                name="capacity"
                type="number"
                min={1}
                label={t.series.capacity}
                hint={t.series.capacityHint}
                value={capacity}
                onValueChange={setCapacity}
                error={form.errors.capacity}
                widthClass="input-width-xs"
              />
            )}
            <TextField
              name="videoUrl"
              type="url"
              label={t.series.videoUrl}
              hint={t.series.videoUrlHint}
              value={videoUrl}
              onValueChange={setVideoUrl}
              error={form.errors.videoUrl}
              optional
            />
            <Checkbox
              name="includePublicHolidays"
              label={t.series.includeHolidays}
              checked={includePublicHolidays}
              onCheckedChange={setIncludePublicHolidays}
            />
            <button type="submit" className="button button-primary" disabled={form.submitting}>
              {t.series.previewSubmit}
            </button>
          </>
        )}
      </form>
    </section>
  );
}

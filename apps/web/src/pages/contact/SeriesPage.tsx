import { useEffect, useRef, useState, type FormEvent } from 'react';
import { slotApi } from '../../api/endpoints';
import type { Municipality, SessionKind, SlotSeries } from '../../api/types';
import { Alert } from '../../components/Alert';
import { ProblemAlert, serverFieldErrors } from '../../components/errors';
import { Checkbox, CheckboxGroup, RadioGroup, SelectField, TextField } from '../../components/fields';
import { LoadState } from '../../components/LoadState';
import { PageHeading } from '../../components/PageHeading';
import { useFocusAfterRender } from '../../components/useFocusAfterRender';
import { useLoader } from '../../components/useLoader';
import { municipalityNames, useMunicipalities } from '../../components/useMunicipalityNames';
import { formatLongDate, todayInCopenhagen } from '../../format/dates';
import { focusFirstError } from '../../format/validation';
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
                      loader.setData((current) => current.filter((s) => s.id !== item.id));
                      setNotice(t.series.ended);
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
}

function SeriesItem({ series, municipalities, onEnded }: SeriesItemProps) {
  const { t } = useLanguage();
  const describe = useSeriesDescription();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [submitting, setSubmitting] = useState(false);
  const confirmRef = useRef<HTMLParagraphElement>(null);
  const focusAfterRender = useFocusAfterRender();
  const description = describe(series);

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
    <li className="series-item">
      <p className="mb-2">
        <strong>{t.kinds[series.kind]}</strong>: {description}
      </p>
      <p className="small-text mb-3">{municipalityNames(series.municipalityIds, municipalities)}</p>
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
        <button
          id={`end-series-${series.id}`}
          type="button"
          className="button button-secondary"
          onClick={() => setConfirming(true)}
        >
          {t.series.end}
          <span className="sr-only">: {description}</span>
        </button>
      )}
    </li>
  );
}

const KINDS: SessionKind[] = ['sparring', 'supervision', 'teaching'];
const FIELD_ORDER = [
  'kind',
  'municipalityIds',
  'weekday',
  'startTime',
  'intervalWeeks',
  'startsOn',
  'endsOn',
  'capacity',
  'videoUrl',
];

function CreateSeriesForm({
  municipalities,
  onCreated,
}: {
  municipalities: Municipality[];
  onCreated: (series: SlotSeries) => void;
}) {
  const { t } = useLanguage();
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
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  const [error, setError] = useState<unknown>(null);
  const [submitting, setSubmitting] = useState(false);

  const normalisedTime = startTime.trim().replace('.', ':').padStart(5, '0');

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const found: Record<string, string | undefined> = {};
    if (municipalityIds.length === 0) found.municipalityIds = t.series.municipalitiesMissing;
    if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(normalisedTime)) found.startTime = t.series.startTimeInvalid;
    if (!startsOn) found.startsOn = t.series.dateMissing;
    setErrors(found);
    setError(null);
    if (Object.values(found).some(Boolean)) {
      if (found.municipalityIds) document.getElementById(`field-municipalityIds-${offered[0]?.id}`)?.focus();
      else focusFirstError(FIELD_ORDER, found);
      return;
    }
    setSubmitting(true);
    try {
      const created = await slotApi.createSeries({
        kind,
        municipalityIds,
        weekday: Number(weekday),
        startTime: normalisedTime,
        intervalWeeks: Number(intervalWeeks),
        startsOn,
        endsOn: endsOn || undefined,
        capacity: kind === 'teaching' ? Number(capacity) : undefined,
        videoUrl: videoUrl.trim() || undefined,
        includePublicHolidays,
      });
      onCreated(created);
      setSubmitting(false);
    } catch (caught) {
      const fieldErrors = serverFieldErrors(caught);
      setErrors(fieldErrors);
      setError(caught);
      setSubmitting(false);
    }
  };

  return (
    <section aria-labelledby="create-series-heading" className="mt-8">
      <h2 id="create-series-heading">{t.series.createHeading}</h2>
      {error !== null && (
        <ProblemAlert
          error={error}
          fieldLabels={{
            kind: t.series.kind,
            municipalityIds: t.series.municipalities,
            weekday: t.series.weekday,
            startTime: t.series.startTime,
            intervalWeeks: t.series.interval,
            startsOn: t.series.startsOn,
            endsOn: t.series.endsOn,
            capacity: t.series.capacity,
            videoUrl: t.series.videoUrl,
          }}
        />
      )}
      <form onSubmit={onSubmit} noValidate>
        <RadioGroup
          name="kind"
          legend={t.series.kind}
          value={kind}
          onValueChange={(value) => setKind(value as SessionKind)}
          options={KINDS.map((value) => ({ value, label: t.kinds[value] }))}
          error={errors.kind}
        />
        <CheckboxGroup
          name="municipalityIds"
          legend={t.series.municipalities}
          hint={t.series.municipalitiesHint}
          values={municipalityIds}
          onValuesChange={setMunicipalityIds}
          options={offered.map((m) => ({ value: m.id, label: m.name }))}
          error={errors.municipalityIds}
        />
        <SelectField
          name="weekday"
          label={t.series.weekday}
          value={weekday}
          onValueChange={setWeekday}
          options={t.series.weekdays.map((label, index) => ({ value: String(index + 1), label }))}
          error={errors.weekday}
        />
        <TextField
          name="startTime"
          label={t.series.startTime}
          hint={t.series.startTimeHint}
          value={startTime}
          onValueChange={setStartTime}
          error={errors.startTime}
          widthClass="input-width-xs"
          inputMode="numeric"
        />
        <SelectField
          name="intervalWeeks"
          label={t.series.interval}
          value={intervalWeeks}
          onValueChange={setIntervalWeeks}
          options={[1, 2, 3, 4, 5, 6, 7, 8].map((n) => ({ value: String(n), label: t.series.intervals(n) }))}
          error={errors.intervalWeeks}
        />
        <TextField
          name="startsOn"
          type="date"
          label={t.series.startsOn}
          value={startsOn}
          onValueChange={setStartsOn}
          error={errors.startsOn}
          widthClass="input-width-s"
        />
        <TextField
          name="endsOn"
          type="date"
          label={t.series.endsOn}
          value={endsOn}
          onValueChange={setEndsOn}
          error={errors.endsOn}
          widthClass="input-width-s"
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
            error={errors.capacity}
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
          error={errors.videoUrl}
          optional
        />
        <Checkbox
          name="includePublicHolidays"
          label={t.series.includeHolidays}
          checked={includePublicHolidays}
          onCheckedChange={setIncludePublicHolidays}
        />
        <button type="submit" className="button button-primary" disabled={submitting}>
          {submitting ? t.series.submitting : t.series.submit}
        </button>
      </form>
    </section>
  );
}

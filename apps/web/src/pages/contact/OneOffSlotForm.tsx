import { useState } from 'react';
import { slotApi } from '../../api/endpoints';
import type { Municipality, SessionKind, Slot } from '../../api/types';
import { clashingSlotTime } from '../../components/clashingSlot';
import { CheckboxGroup, RadioGroup, TextField } from '../../components/fields';
import { FormProblem, useForm } from '../../components/useForm';
import { copenhagenInstant, isIsoDate, todayInCopenhagen } from '../../format/dates';
import { useLanguage } from '../../i18n/language';

const KINDS: SessionKind[] = ['sparring', 'supervision', 'teaching'];

interface OneOffSlotFormProps {
  /** The municipalities the contact serves (primary or deputy). */
  municipalities: Municipality[];
  onCreated: (slot: Slot) => void;
}

/** One bookable time outside the contact's series. An overlap is refused naming the clashing time. */
export function OneOffSlotForm({ municipalities, onCreated }: OneOffSlotFormProps) {
  const { t, language } = useLanguage();
  const [kind, setKind] = useState<SessionKind>('sparring');
  const [municipalityIds, setMunicipalityIds] = useState<string[]>(
    municipalities.length === 1 ? [municipalities[0].id] : [],
  );
  const [date, setDate] = useState(todayInCopenhagen());
  const [time, setTime] = useState('13.00');
  const normalisedTime = time.trim().replace('.', ':').padStart(5, '0');
  const form = useForm({
    labels: {
      kind: t.series.kind,
      municipalityIds: t.series.municipalities,
      date: t.calendar.oneOffDate,
      startsAt: t.calendar.oneOffTime,
    },
    focusIds: {
      kind: 'field-kind-sparring',
      municipalityIds: `field-municipalityIds-${municipalities[0]?.id}`,
    },
    validate: () => ({
      municipalityIds: municipalityIds.length ? undefined : t.series.municipalitiesMissing,
      date: isIsoDate(date) ? undefined : t.series.dateMissing,
      startsAt: /^([01]\d|2[0-3]):[0-5]\d$/.test(normalisedTime) ? undefined : t.series.startTimeInvalid,
    }),
    submit: async () => {
      onCreated(
        await slotApi.createOneOff({
          kind,
          municipalityIds,
          startsAt: copenhagenInstant(date, normalisedTime),
        }),
      );
    },
  });
  const clashWhen = clashingSlotTime(form.problem, language);

  return (
    <section aria-labelledby="one-off-heading" className="mt-7">
      <h2 id="one-off-heading" className="h3">
        {t.calendar.oneOffHeading}
      </h2>
      <FormProblem
        form={form}
        messages={clashWhen ? { CONFLICT: t.calendar.oneOffClash(clashWhen) } : undefined}
      />
      <form onSubmit={form.onSubmit} noValidate>
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
          options={municipalities.map((m) => ({ value: m.id, label: m.name }))}
          error={form.errors.municipalityIds}
        />
        <TextField
          name="date"
          type="date"
          label={t.calendar.oneOffDate}
          value={date}
          onValueChange={setDate}
          error={form.errors.date}
          widthClass="input-width-s"
        />
        <TextField
          name="startsAt"
          label={t.calendar.oneOffTime}
          hint={t.calendar.oneOffTimeHint}
          value={time}
          onValueChange={setTime}
          error={form.errors.startsAt}
          widthClass="input-width-xs"
          inputMode="numeric"
        />
        <button type="submit" className="button button-primary" disabled={form.submitting}>
          {t.calendar.oneOffSubmit}
        </button>
      </form>
    </section>
  );
}

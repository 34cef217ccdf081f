import type { Screening } from '../../api/types';
import { TextField } from '../../components/fields';
import { useFocusAfterRender } from '../../components/useFocusAfterRender';
import type { Dictionary } from '../../i18n/da';
import { useLanguage } from '../../i18n/language';

export interface ScreeningRow {
  instrument: string;
  informant: string;
  score: string;
  date: string;
}

export const emptyScreeningRow = (): ScreeningRow => ({ instrument: '', informant: '', score: '', date: '' });

const INSTRUMENTS = ['SDQ', 'ADHD-RS', 'SCAS', 'RCADS', 'MFQ', 'ASSQ', 'CY-BOCS', 'EDE-Q'];

function parseScore(value: string): number {
  return Number(value.trim().replace(',', '.'));
}

export function validateScreenings(rows: ScreeningRow[], t: Dictionary): Record<string, string | undefined> {
  const errors: Record<string, string | undefined> = {};
  rows.forEach((row, index) => {
    if (!row.instrument.trim()) errors[`screening-${index}-instrument`] = t.caseSummary.instrumentMissing;
    if (!row.score.trim() || Number.isNaN(parseScore(row.score)))
      errors[`screening-${index}-score`] = t.caseSummary.scoreMissing;
  });
  return errors;
}

export function toScreenings(rows: ScreeningRow[]): Screening[] {
  return rows.map((row) => ({
    instrument: row.instrument.trim(),
    informant: row.informant.trim() || undefined,
    score: parseScore(row.score),
    date: row.date || undefined,
  }));
}

interface ScreeningRowsProps {
  rows: ScreeningRow[];
  onRowsChange: (rows: ScreeningRow[]) => void;
  errors: Record<string, string | undefined>;
}

/** Structured screening results (instrument, informant, score, date), one fieldset per result. */
export function ScreeningRows({ rows, onRowsChange, errors }: ScreeningRowsProps) {
  const { t } = useLanguage();
  const focusAfterRender = useFocusAfterRender();
  const update = (index: number, patch: Partial<ScreeningRow>) =>
    onRowsChange(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));

  const add = () => {
    onRowsChange([...rows, emptyScreeningRow()]);
    focusAfterRender(`field-screening-${rows.length}-instrument`);
  };

  const remove = (index: number) => {
    onRowsChange(rows.filter((_, i) => i !== index));
    focusAfterRender('add-screening');
  };

  return (
    <section aria-labelledby="screenings-heading" className="mt-6">
      <h2 id="screenings-heading" className="h3">
        {t.caseSummary.screenings}
      </h2>
      <p className="form-hint">{t.caseSummary.screeningsHint}</p>
      <datalist id="screening-instruments">
        {INSTRUMENTS.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      {rows.map((row, index) => (
        <fieldset key={index} className="screening-row">
          <legend className="h5">{t.caseSummary.screening(index + 1)}</legend>
          <TextField
            name={`screening-${index}-instrument`}
            label={t.caseSummary.instrument}
            value={row.instrument}
            onValueChange={(instrument) => update(index, { instrument })}
            list="screening-instruments"
            error={errors[`screening-${index}-instrument`]}
            widthClass="input-width-m"
          />
          <TextField
            name={`screening-${index}-informant`}
            label={t.caseSummary.informant}
            value={row.informant}
            onValueChange={(informant) => update(index, { informant })}
            widthClass="input-width-m"
            optional
          />
          <TextField
            name={`screening-${index}-score`}
            label={t.caseSummary.score}
            value={row.score}
            onValueChange={(score) => update(index, { score })}
            inputMode="decimal"
            error={errors[`screening-${index}-score`]}
            widthClass="input-width-xs"
          />
          <TextField
            name={`screening-${index}-date`}
            type="date"
            label={t.caseSummary.date}
            value={row.date}
            onValueChange={(date) => update(index, { date })}
            widthClass="input-width-s"
            optional
          />
          <button type="button" className="button button-tertiary" onClick={() => remove(index)}>
            {t.caseSummary.removeScreening(index + 1)}
          </button>
        </fieldset>
      ))}
      <button type="button" id="add-screening" className="button button-secondary" onClick={add}>
        {t.caseSummary.addScreening}
      </button>
    </section>
  );
}

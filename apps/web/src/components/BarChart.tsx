import { useId } from 'react';
import { formatNumber } from '../format/dates';
import { useLanguage } from '../i18n/language';

export interface BarSeries {
  label: string;
  /** One value per category; null is shown as no bar (e.g. a suppressed small cell). */
  values: (number | null)[];
  className: string;
}

interface BarChartProps {
  title: string;
  description: string;
  categories: string[];
  series: BarSeries[];
}

/** Each bar is taller than the 13px value text beside it, so values of neighbouring bars never touch. */
const BAR_HEIGHT = 17;
const BAR_GAP = 3;
/** Space between categories, so one category's last value and the next one's first stay apart. */
const ROW_PADDING = 8;
const LABEL_WIDTH = 190;
const CHART_WIDTH = 640;
/** Room right of the longest bar for its value (up to "100.000"). */
const VALUE_ROOM = 60;
const LABEL_MAX_CHARACTERS = 26;

/**
 * A simple horizontal bar chart in SVG. It is an image with a text description for screen readers;
 * the same figures are always in a table next to it.
 */
export function BarChart({ title, description, categories, series }: BarChartProps) {
  const titleId = useId();
  const descriptionId = useId();
  const { language } = useLanguage();
  const max = Math.max(1, ...series.flatMap((s) => s.values.map((v) => v ?? 0)));
  const rowHeight = series.length * (BAR_HEIGHT + BAR_GAP) + ROW_PADDING;
  const plotWidth = CHART_WIDTH - LABEL_WIDTH - VALUE_ROOM;
  const height = categories.length * rowHeight + ROW_PADDING;

  return (
    <figure className="bar-chart">
      <svg
        role="img"
        aria-labelledby={`${titleId} ${descriptionId}`}
        viewBox={`0 0 ${CHART_WIDTH} ${height}`}
        width="100%"
      >
        <title id={titleId}>{title}</title>
        <desc id={descriptionId}>{description}</desc>
        {categories.map((category, row) => {
          const y = ROW_PADDING / 2 + row * rowHeight;
          return (
            <g key={row} transform={`translate(0 ${y})`}>
              <text
                x={LABEL_WIDTH - 8}
                y={(rowHeight - ROW_PADDING) / 2}
                textAnchor="end"
                dominantBaseline="middle"
                className="bar-chart-label"
              >
                {category.length > LABEL_MAX_CHARACTERS
                  ? `${category.slice(0, LABEL_MAX_CHARACTERS - 1)}…`
                  : category}
              </text>
              {series.map((s, index) => {
                const value = s.values[row];
                const width = value === null ? 0 : (value / max) * plotWidth;
                const barY = index * (BAR_HEIGHT + BAR_GAP);
                return (
                  <g key={s.label}>
                    <rect
                      x={LABEL_WIDTH}
                      y={barY}
                      width={width}
                      height={BAR_HEIGHT}
                      className={s.className}
                    />
                    <text
                      x={LABEL_WIDTH + width + 4}
                      y={barY + BAR_HEIGHT / 2}
                      dominantBaseline="middle"
                      className="bar-chart-value"
                    >
                      {value === null ? '–' : formatNumber(value, language)}
                    </text>
                  </g>
                );
              })}
            </g>
          );
        })}
      </svg>
      <figcaption>
        <ul className="bar-chart-legend" aria-hidden="true">
          {series.map((s) => (
            <li key={s.label}>
              <svg width="14" height="14" focusable="false">
                <rect width="14" height="14" className={s.className} />
              </svg>{' '}
              {s.label}
            </li>
          ))}
        </ul>
        <span>{description}</span>
      </figcaption>
    </figure>
  );
}

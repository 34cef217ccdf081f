import { useId } from 'react';

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

const ROW_HEIGHT = 28;
const BAR_GAP = 2;
const LABEL_WIDTH = 190;
const CHART_WIDTH = 640;

/**
 * A simple horizontal bar chart in SVG. It is an image with a text description for screen readers;
 * the same figures are always in a table next to it.
 */
export function BarChart({ title, description, categories, series }: BarChartProps) {
  const titleId = useId();
  const descriptionId = useId();
  const max = Math.max(1, ...series.flatMap((s) => s.values.map((v) => v ?? 0)));
  const barHeight = (ROW_HEIGHT - BAR_GAP * (series.length + 1)) / series.length;
  const plotWidth = CHART_WIDTH - LABEL_WIDTH - 50;
  const height = categories.length * ROW_HEIGHT + 10;

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
          const y = row * ROW_HEIGHT;
          return (
            <g key={category} transform={`translate(0 ${y})`}>
              <text
                x={LABEL_WIDTH - 8}
                y={ROW_HEIGHT / 2}
                textAnchor="end"
                dominantBaseline="middle"
                className="bar-chart-label"
              >
                {category.length > 26 ? `${category.slice(0, 25)}…` : category}
              </text>
              {series.map((s, index) => {
                const value = s.values[row];
                const width = value === null ? 0 : (value / max) * plotWidth;
                const barY = BAR_GAP + index * (barHeight + BAR_GAP);
                return (
                  <g key={s.label}>
                    <rect x={LABEL_WIDTH} y={barY} width={width} height={barHeight} className={s.className} />
                    <text
                      x={LABEL_WIDTH + width + 4}
                      y={barY + barHeight / 2}
                      dominantBaseline="middle"
                      className="bar-chart-value"
                    >
                      {value ?? '–'}
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

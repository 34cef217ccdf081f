import { MONTHS_DA } from '@app/scheduling';

/** Danish labels of the coded groups. */
export const TOPIC_LABELS: Record<string, string> = {
  anxiety: 'Angst',
  depression: 'Depression',
  adhd: 'ADHD',
  autism: 'Autisme',
  eating_disorder: 'Spiseforstyrrelse',
  self_harm: 'Selvskade',
  school_absence: 'Skolefravær',
  ocd: 'OCD',
  psychosis: 'Psykose',
  trauma: 'Traume',
  attachment: 'Tilknytning',
  other: 'Andet',
};

/** "2026-03" → "marts 2026". */
export const monthLabel = (key: string): string =>
  `${MONTHS_DA[Number(key.slice(5, 7)) - 1]} ${key.slice(0, 4)}`;

/** "2026-03-01" → "1. marts 2026". */
export const dateLabel = (date: string): string =>
  `${Number(date.slice(8, 10))}. ${MONTHS_DA[Number(date.slice(5, 7)) - 1]} ${date.slice(0, 4)}`;

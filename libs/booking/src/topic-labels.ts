import type { Topic } from './entities/booking.enums';

/**
 * The Danish names of the topics — the one list, read by the reports (PDF, spreadsheet, statistics)
 * and by the web app's Danish dictionary (apps/web/src/i18n/da.ts imports this file as it is, so it
 * holds nothing but the labels and a type-only import).
 */
export const TOPIC_LABELS_DA = {
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
} as const satisfies Record<`${Topic}`, string>;

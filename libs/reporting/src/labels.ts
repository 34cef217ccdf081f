import { TOPIC_LABELS_DA } from '@app/booking';
import { MONTHS_DA } from '@app/scheduling';

/** Danish label of a topic code (the one list is in @app/booking); an unknown code shows as itself. */
export const topicLabel = (key: string): string =>
  (TOPIC_LABELS_DA as Record<string, string | undefined>)[key] ?? key;

/** "2026-03" → "marts 2026". */
export const monthLabel = (key: string): string =>
  `${MONTHS_DA[Number(key.slice(5, 7)) - 1]} ${key.slice(0, 4)}`;

/** "2026-03-01" → "1. marts 2026". */
export const dateLabel = (date: string): string =>
  `${Number(date.slice(8, 10))}. ${MONTHS_DA[Number(date.slice(5, 7)) - 1]} ${date.slice(0, 4)}`;

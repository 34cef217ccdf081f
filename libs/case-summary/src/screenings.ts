import { z } from 'zod';
import { ValidationFailedException } from '@app/common';

// The user reads these messages: zod's Danish texts (the api's messages are Danish).
const DANISH = z.locales.da().localeError;

const label = z.string().trim().min(1).max(60);
const score = z.number().finite().min(-1000).max(10000);

export const screeningSchema = z
  .object({
    instrument: label,
    informant: label.optional(),
    score,
    subscales: z
      .record(label, score)
      .refine((value) => Object.keys(value).length <= 20, 'Højst 20 delskalaer.')
      .optional(),
    date: z.iso.date().optional(),
  })
  .strict();

export const screeningsSchema = z.array(screeningSchema).max(20);

/** One screening result, e.g. `{ instrument: 'SDQ', informant: 'forælder', score: 19, subscales: { emotionel: 7 } }`. */
export type Screening = z.output<typeof screeningSchema>;

/** Validates screenings from JSON or from a multipart field (a JSON string); 400 with each field. */
export function parseScreenings(value: unknown): Screening[] {
  if (value === undefined || value === null || value === '') return [];
  let parsed = value;
  if (typeof value === 'string') {
    try {
      parsed = JSON.parse(value);
    } catch {
      throw new ValidationFailedException([
        { field: 'screenings', message: 'Screeningerne skal sendes som en JSON-liste.' },
      ]);
    }
  }
  const result = screeningsSchema.safeParse(parsed, { error: DANISH });
  if (!result.success) {
    throw new ValidationFailedException(
      result.error.issues.map((issue) => ({
        field: ['screenings', ...issue.path].join('.'),
        message: issue.message,
      })),
    );
  }
  return result.data;
}

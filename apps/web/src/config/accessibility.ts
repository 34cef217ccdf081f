/**
 * The accessibility statement's facts that differ per installation, set at build time
 * (`VITE_ACCESSIBILITY_*` in the build environment): who answers feedback, and when the statement
 * was prepared and last reviewed. The defaults are this project's own.
 */
export const accessibilityConfig = {
  email: import.meta.env.VITE_ACCESSIBILITY_EMAIL || 'sparringsportalen@rm.dk',
  phone: import.meta.env.VITE_ACCESSIBILITY_PHONE || '78 41 00 00',
  /** ISO dates (YYYY-MM-DD). */
  preparedOn: import.meta.env.VITE_ACCESSIBILITY_PREPARED_ON || '2026-11-29',
  reviewedOn: import.meta.env.VITE_ACCESSIBILITY_REVIEWED_ON || '2026-11-29',
};

/** Where a complaint goes when the answer was not satisfactory (Digitaliseringsstyrelsen). */
export const COMPLAINT_URL =
  'https://digst.dk/digital-inklusion/webtilgaengelighed/oplever-du-ikke-tilgaengeligt-indhold/';

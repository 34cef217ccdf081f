const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function isEmail(value: string): boolean {
  return EMAIL.test(value.trim());
}

/** Splits a free-text list of e-mail addresses on commas, semicolons and whitespace. */
export function splitEmails(value: string): string[] {
  return value
    .split(/[\s,;]+/)
    .map((part) => part.trim())
    .filter(Boolean);
}

/** A key that makes a retried booking request return the first result instead of booking twice. */
export function newIdempotencyKey(): string {
  if (typeof crypto !== 'undefined' && 'randomUUID' in crypto) return crypto.randomUUID();
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

/** Moves focus to the first field with an error, in the order of the form. */
export function focusFirstError(order: string[], errors: Record<string, string | undefined>): void {
  const first = order.find((name) => errors[name]);
  if (first) document.getElementById(`field-${first}`)?.focus();
}

/**
 * A whole number as people write it in Danish: `4512`, `4.512` or `4 512` (thousands in groups of
 * three) → 4512. Anything else — a decimal comma (`4,5`), a wrong group (`45.12`), a sign — is null.
 */
export function parseWholeNumber(text: string): number | null {
  const trimmed = text.trim();
  if (!/^(\d+|\d{1,3}([. \u00a0\u202f]\d{3})+)$/.test(trimmed)) return null;
  const value = Number(trimmed.replace(/[. \u00a0\u202f]/g, ''));
  return Number.isSafeInteger(value) ? value : null;
}

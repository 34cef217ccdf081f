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

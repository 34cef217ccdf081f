import ms from 'ms';

/** Parses an `ms`-style duration (`90s`, `15m`, `24h`, `30d`, `0`) into milliseconds, or undefined when malformed. */
export function parseDuration(value: string): number | undefined {
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const parsed = ms(trimmed as ms.StringValue);
  return typeof parsed === 'number' && Number.isFinite(parsed) && parsed >= 0 ? parsed : undefined;
}

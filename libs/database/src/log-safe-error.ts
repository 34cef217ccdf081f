import { QueryFailedError } from 'typeorm';

/** Fields of driver and TypeORM errors that carry statement text or values (case text, hashes, e-mails). */
const LEAKY_FIELDS = new Set([
  'query',
  'parameters',
  'detail',
  'where',
  'driverError',
  'hint',
  'internalQuery',
]);
/** What is safe and useful to keep of a PostgreSQL error. */
const PG_FIELDS = [
  'code',
  'severity',
  'table',
  'column',
  'constraint',
  'dataType',
  'routine',
  'schema',
] as const;

/** A double-quoted fragment that is not a plain SQL identifier ("bookings" stays, a value goes). */
const maskQuotedValues = (message: string) =>
  message.replace(/"([^"]*)"/g, (whole, inner: string) =>
    /^[a-z_][a-z0-9_.]*$/i.test(inner) ? whole : '"[redacted]"',
  );

/**
 * The pino `err` serializer of the api and the worker. A database error keeps its class, SQLSTATE,
 * table/column/constraint and stack, but never the statement, its parameters or the server's
 * `detail`/`where` (which quote row values: "Key (email)=(…) already exists"); values quoted in the
 * message are masked too. Any other error is serialized as usual minus the same fields.
 */
export function logSafeError(error: unknown): unknown {
  if (!error || typeof error !== 'object') return error;
  const source = error as Record<string, unknown> & { message?: unknown; stack?: unknown; name?: unknown };
  const driver =
    error instanceof QueryFailedError
      ? (error.driverError as Record<string, unknown>)
      : isPgError(source)
        ? source
        : null;
  const out: Record<string, unknown> = {
    type: typeOf(source),
    message: typeof source.message === 'string' ? maskQuotedValues(source.message) : undefined,
    stack: typeof source.stack === 'string' ? maskStack(source.stack, source.message) : undefined,
  };
  if (driver) {
    for (const field of PG_FIELDS) if (driver[field] !== undefined) out[field] = driver[field];
    return out;
  }
  for (const [key, value] of Object.entries(source)) {
    if (LEAKY_FIELDS.has(key) || key in out) continue;
    out[key] = key === 'cause' ? logSafeError(value) : value;
  }
  return out;
}

/** The error's class; a logger may hand over a plain copy, whose stack still names it. */
function typeOf(source: Record<string, unknown>): string {
  const constructorName = (source.constructor as { name?: string } | undefined)?.name;
  if (constructorName && constructorName !== 'Object') return constructorName;
  const fromStack =
    typeof source.stack === 'string' ? /^([A-Za-z_]\w*)(?::|\n|$)/.exec(source.stack)?.[1] : undefined;
  return fromStack ?? (typeof source.name === 'string' ? source.name : 'Error');
}

function isPgError(source: Record<string, unknown>): boolean {
  // pg's DatabaseError: a SQLSTATE code plus the protocol's fields.
  return typeof source.code === 'string' && /^[0-9A-Z]{5}$/.test(source.code) && 'severity' in source;
}

/** The stack's first line repeats the message: mask it the same way. */
function maskStack(stack: string, message: unknown): string {
  if (typeof message !== 'string' || !message) return stack;
  return stack.split(message).join(maskQuotedValues(message));
}

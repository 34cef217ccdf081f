import { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyRequest } from 'fastify';

/** Deeper JSON than any of our bodies (screenings are the deepest, at 4). */
export const MAX_JSON_DEPTH = 32;

/**
 * How deep `text` nests arrays and objects, counted in one pass over the characters (strings
 * skipped), stopping as soon as `max` is exceeded — before JSON.parse and class-transformer recurse
 * into it (a 100 000-deep body would otherwise blow the stack into a 500).
 */
export function exceedsJsonDepth(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i += 1; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      depth += 1;
      if (depth > max) return true;
    } else if (c === 0x7d || c === 0x5d) depth -= 1;
  }
  return false;
}

class JsonBodyError extends Error {
  constructor(
    message: string,
    readonly statusCode = 400,
  ) {
    super(message);
  }
}

/**
 * Nest's JSON body parser (Fastify's secure-json-parse, proto poisoning refused) behind a depth
 * check: too deeply nested bodies are a 400. Registered through `useBodyParser`, so Nest does not
 * add its default one at init.
 */
export function registerJsonBodyParser(app: NestFastifyApplication): void {
  const fastify = app.getHttpAdapter().getInstance();
  const parse = fastify.getDefaultJsonParser('error', 'error');
  app.useBodyParser(
    'application/json',
    { bodyLimit: fastify.initialConfig.bodyLimit },
    (request: FastifyRequest, body: Buffer, done: (error: Error | null, value?: unknown) => void) => {
      const text = body.toString('utf8');
      if (exceedsJsonDepth(text, MAX_JSON_DEPTH)) {
        done(new JsonBodyError(`JSON-dokumentet er for dybt indlejret (højst ${MAX_JSON_DEPTH} niveauer)`));
        return;
      }
      parse(request, text, (error, value) => {
        if (error) done(new JsonBodyError('Kroppen er ikke gyldig JSON'));
        else done(null, value);
      });
    },
  );
}

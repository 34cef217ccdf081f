import { Params } from 'nestjs-pino';
import { AppConfig } from '@app/config';
import { logSafeError } from '@app/database';

/**
 * Structured JSON logs. Tokens, passwords, cookies and case text never reach them: request bodies are
 * not logged at all, the secret part of calendar-feed URLs is masked, and a database error is logged
 * without its statement, parameters or the server's detail (logSafeError).
 */
export const loggerOptions = (config: AppConfig): Params => ({
  pinoHttp: {
    level: config.logLevel,
    redact: {
      paths: [
        'req.headers.authorization',
        'req.headers.cookie',
        'res.headers["set-cookie"]',
        '*.password',
        '*.accessToken',
        '*.text',
        '*.question',
        // The other free text people write for each other (bodies are not logged; this is belt and braces).
        '*.reason',
        '*.note',
        '*.comment',
        '*.cancelReason',
      ],
      censor: '[redacted]',
    },
    serializers: {
      err: logSafeError,
      error: logSafeError,
      req: (req: { id: unknown; method: string; url: string }) => ({
        id: req.id,
        method: req.method,
        url: req.url.replace(/\/calendar\/[^/?]+/, '/calendar/[redacted]'),
      }),
      // The status is what matters; the response headers (CSP, HSTS, …) were 1.5 KB per line.
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
    // A 4xx is the client's mistake, answered as designed: not a warning. 5xx and crashes are errors.
    customLogLevel: (_req, res, err) => (err || res.statusCode >= 500 ? 'error' : 'info'),
  },
});

import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { ErrorCode } from '@app/common';
import { problem } from './problem-details.filter';

/**
 * Fastify's router refuses a malformed URL or an over-long path parameter before any hook, filter or
 * error handler runs (and would answer in its own JSON). Passed as the adapter's `frameworkErrors`,
 * this answers them as problem+json like every other refusal.
 */
export function frameworkErrors(error: FastifyError, _request: FastifyRequest, reply: FastifyReply): void {
  const detail =
    error.code === 'FST_ERR_MAX_PARAM_LENGTH'
      ? 'En parameter i adressen er for lang'
      : 'Adressen kunne ikke læses';
  void reply
    .code(400)
    .header('content-type', 'application/problem+json; charset=utf-8')
    .header('cache-control', 'no-store')
    .send(problem(ErrorCode.ValidationFailed, detail));
}

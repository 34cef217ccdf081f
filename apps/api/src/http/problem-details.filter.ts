import {
  ArgumentsHost,
  Catch,
  ExceptionFilter,
  HttpException,
  Logger,
  ServiceUnavailableException,
} from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { FastifyReply, FastifyRequest } from 'fastify';
import {
  DomainException,
  ErrorCode,
  ERROR_STATUS,
  ERROR_TITLE,
  FieldError,
  ProblemExtras,
} from '@app/common';
import { slotClashProblem } from '@app/scheduling';

export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: ErrorCode;
  errors?: FieldError[];
  findings?: unknown[];
  lockedUntil?: string;
  mfaEnrolmentRequired?: boolean;
  clashingSlot?: ProblemExtras['clashingSlot'];
  errorId?: string;
}

const STATUS_CODES: Record<number, ErrorCode> = {
  400: ErrorCode.ValidationFailed,
  401: ErrorCode.Unauthenticated,
  403: ErrorCode.Forbidden,
  404: ErrorCode.NotFound,
  409: ErrorCode.Conflict,
  413: ErrorCode.PayloadTooLarge,
  414: ErrorCode.ValidationFailed,
  415: ErrorCode.UnsupportedMediaType,
  429: ErrorCode.RateLimited,
};

/**
 * Every error leaves as RFC 9457 problem+json with the contract's code. Unknown errors are logged
 * with an error id and answered with a generic 500 — never a stack trace or internal message.
 */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger(ProblemDetailsFilter.name);

  catch(exception: unknown, host: ArgumentsHost): void {
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    const request = host.switchToHttp().getRequest<FastifyRequest>();
    if (exception instanceof ServiceUnavailableException) {
      // The readiness check's report (which dependency is down) is the useful answer here.
      void reply.status(503).send(exception.getResponse());
      return;
    }
    const problem = this.toProblem(exception, request);
    void reply
      .status(problem.status)
      .header('content-type', 'application/problem+json; charset=utf-8')
      .send(problem);
  }

  private toProblem(exception: unknown, request: FastifyRequest): ProblemDetails {
    if (exception instanceof DomainException) {
      return problem(exception.code, exception.detail, exception.extras);
    }
    // The database's overlap rule on slots, whichever change ran into it (new slot, series, absence move).
    const clash = slotClashProblem(exception);
    if (clash) return problem(clash.code, clash.detail, clash.extras);
    if (exception instanceof HttpException) {
      const code = STATUS_CODES[exception.getStatus()];
      if (code) return problem(code, httpDetail(exception));
    }
    const fastifyStatus = (exception as { statusCode?: number })?.statusCode;
    if (typeof fastifyStatus === 'number' && STATUS_CODES[fastifyStatus]) {
      // Fastify's own errors (unparsable JSON, body too large, wrong content type) carry safe messages.
      return problem(STATUS_CODES[fastifyStatus], (exception as Error).message);
    }
    const errorId = randomUUID();
    this.logger.error(
      { err: exception, errorId, method: request.method, url: request.routeOptions?.url },
      'Unhandled error',
    );
    return {
      ...problem(ErrorCode.Internal, `Something went wrong on our side. Error id: ${errorId}`),
      errorId,
    };
  }
}

export function problem(code: ErrorCode, detail: string, extras: ProblemExtras = {}): ProblemDetails {
  return {
    type: `https://sparringsportalen.dk/problems/${code.toLowerCase().replace(/_/g, '-')}`,
    title: ERROR_TITLE[code],
    status: ERROR_STATUS[code],
    detail,
    code,
    ...(extras.errors ? { errors: extras.errors } : {}),
    ...(extras.findings ? { findings: extras.findings } : {}),
    ...(extras.lockedUntil ? { lockedUntil: extras.lockedUntil } : {}),
    ...(extras.mfaEnrolmentRequired ? { mfaEnrolmentRequired: true } : {}),
    ...(extras.clashingSlot ? { clashingSlot: extras.clashingSlot } : {}),
  };
}

function httpDetail(exception: HttpException): string {
  const response = exception.getResponse();
  if (typeof response === 'string') return response;
  const message = (response as { message?: unknown }).message;
  return Array.isArray(message)
    ? message.join('; ')
    : typeof message === 'string'
      ? message
      : exception.message;
}

import { createHash } from 'node:crypto';
import {
  applyDecorators,
  CallHandler,
  ExecutionContext,
  Injectable,
  NestInterceptor,
  SetMetadata,
  Type,
  UseInterceptors,
} from '@nestjs/common';
import { HTTP_CODE_METADATA } from '@nestjs/common/constants';
import { Reflector } from '@nestjs/core';
import { ApiHeader } from '@nestjs/swagger';
import { plainToInstance } from 'class-transformer';
import { FastifyRequest } from 'fastify';
import { from, lastValueFrom, Observable } from 'rxjs';
import { AuthUser } from '@app/auth';
import { BookingTransactions, BookingView, IdempotentReplies } from '@app/booking';
import { ValidationFailedException } from '@app/common';
import { API_PREFIX } from './api-prefix';

const MAX_IDEMPOTENCY_KEY = 200;
const IDEMPOTENT_BODY = 'sparring:idempotent-body';

/**
 * Marks a booking route as retry-safe with an `Idempotency-Key` header: a retry with the same key and
 * body gets the first response, a different body with the key is a 409 (kept 24 hours). `body` is the
 * route's DTO: the fingerprint is taken of the body as the validation pipe will hand it to the handler.
 */
export const Idempotent = (body: Type<object>) =>
  applyDecorators(
    SetMetadata(IDEMPOTENT_BODY, body),
    UseInterceptors(IdempotencyInterceptor),
    ApiHeader({
      name: 'Idempotency-Key',
      required: false,
      description: 'A retry with the same key and body returns the first response (kept 24 hours)',
    }),
  );

/**
 * The HTTP side of idempotent booking requests. Without the header the request runs as usual. With it,
 * one transaction claims the key (concurrent retries wait for the first), runs the handler — whose
 * booking change joins that transaction — and stores the response; any error rolls all of it back.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    private readonly transactions: BookingTransactions,
    private readonly replies: IdempotentReplies,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler<BookingView>): Observable<BookingView> {
    const request = context.switchToHttp().getRequest<FastifyRequest & { user: AuthUser }>();
    const key = request.headers['idempotency-key'] as string | undefined;
    if (key === undefined) return next.handle();
    if (key.length === 0 || key.length > MAX_IDEMPOTENCY_KEY) {
      throw new ValidationFailedException([
        { field: 'Idempotency-Key', message: `Idempotency-Key skal have 1 til ${MAX_IDEMPOTENCY_KEY} tegn.` },
      ]);
    }
    const handler = context.getHandler();
    const dto = this.reflector.get<Type<object>>(IDEMPOTENT_BODY, handler);
    const requestHash = hashRequest(routeOf(request), plainToInstance(dto, request.body ?? {}));
    const status = this.reflector.get<number | undefined>(HTTP_CODE_METADATA, handler) ?? 201;
    const user = request.user;
    return from(
      this.transactions.open(async (manager) => {
        const replay = await this.replies.claim(manager, user, key, requestHash);
        if (replay) return replay;
        const view = await lastValueFrom(next.handle());
        await this.replies.store(manager, user, key, { status, body: view });
        return view;
      }),
    );
  }
}

/** `POST /bookings/<id>/cancel`: the method and the path without the API prefix and query. */
function routeOf(request: FastifyRequest): string {
  const path = request.url.split('?')[0].replace(new RegExp(`^/${API_PREFIX}(?=/|$)`), '');
  return `${request.method} ${path}`;
}

/** SHA-256 of the route and the body with its keys sorted, so a retry matches whatever the key order. */
function hashRequest(route: string, body: unknown): string {
  return createHash('sha256')
    .update(`${route}\n${canonicalJson(body)}`)
    .digest('hex');
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
      .map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

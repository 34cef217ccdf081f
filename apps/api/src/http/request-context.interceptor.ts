import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { FastifyRequest } from 'fastify';
import { Observable } from 'rxjs';
import { normaliseClientIp, requestContext } from '@app/common';

/** Makes the request's origin (ip, user agent, request id) available to the audit log. */
@Injectable()
export class RequestContextInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const userAgent = request.headers['user-agent'];
    return new Observable((subscriber) =>
      requestContext.run(
        {
          // From trusted hops only (TRUST_PROXY); never a client-chosen string of any length.
          ip: normaliseClientIp(request.ip),
          userAgent: typeof userAgent === 'string' ? userAgent : null,
          requestId: String(request.id),
        },
        () => next.handle().subscribe(subscriber),
      ),
    );
  }
}

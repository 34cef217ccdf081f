import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuthUser } from '@app/auth';
import { Clock, DomainException, ErrorCode } from '@app/common';
import { BookingRepository } from './booking.repository';
import { BookingService } from './booking.service';
import { BookingView, withoutCaseContent } from './booking.view';

const IDEMPOTENCY_TTL_MS = 24 * 3600_000;

/**
 * The stored answers to booking requests sent with an Idempotency-Key (the HTTP part — the header,
 * the request's fingerprint, the status — is apps/api's IdempotencyInterceptor). Claiming a key takes
 * its row in the caller's transaction, so concurrent retries wait for the first; only successful
 * responses are kept, for 24 hours, and never with case content.
 */
@Injectable()
export class IdempotentReplies {
  constructor(
    private readonly bookings: BookingRepository,
    private readonly bookingService: BookingService,
    private readonly clock: Clock,
  ) {}

  /**
   * Claims the key for this request: null when it is new (or expired), the first response when this
   * is a retry of the same request; 409 for another request with the key, or while the first runs.
   */
  async claim(
    manager: EntityManager,
    user: AuthUser,
    key: string,
    requestHash: string,
  ): Promise<BookingView | null> {
    const now = this.clock.now();
    const claimed = await this.bookings.claimIdempotencyKey(manager, {
      userId: user.id,
      key,
      requestHash,
      now,
      expiredBefore: new Date(now.getTime() - IDEMPOTENCY_TTL_MS),
    });
    if (claimed) return null;
    const stored = await this.bookings.findIdempotencyKey(manager, user.id, key);
    if (!stored || stored.request_hash !== requestHash) {
      throw new DomainException(
        ErrorCode.Conflict,
        'Denne Idempotency-Key er allerede brugt til en anden forespørgsel.',
      );
    }
    if (stored.response_body === null) {
      throw new DomainException(ErrorCode.Conflict, 'En forespørgsel med denne Idempotency-Key er i gang.');
    }
    return this.bookingService.replay(manager, user, stored.response_body as BookingView);
  }

  /** Keeps the response for retries — without the question and outcome note, which stay encrypted in the booking. */
  async store(
    manager: EntityManager,
    user: AuthUser,
    key: string,
    response: { status: number; body: BookingView },
  ): Promise<void> {
    await this.bookings.storeIdempotentResponse(manager, user.id, key, {
      status: response.status,
      body: withoutCaseContent(response.body),
    });
  }
}

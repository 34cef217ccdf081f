import { ErrorCode, ERROR_STATUS } from './error-code';

/** Extra members of the problem+json answer. */
export interface ProblemExtras {
  errors?: FieldError[];
  findings?: unknown[];
  /** Sign-in lock-out: when this address may try again from this client (ISO 8601). */
  lockedUntil?: string;
  /** An admin's session without a second factor: enrol an authenticator first. */
  mfaEnrolmentRequired?: boolean;
  /** A slot refused for overlapping another of the contact's slots: the one it overlaps. */
  clashingSlot?: { id: string; startsAt: string; endsAt: string };
}

export interface FieldError {
  field: string;
  message: string;
}

/**
 * A rule of the domain said no. Carries the contract's error code; the api maps it to problem+json.
 * `detail` is shown to the user, so it never contains case content.
 */
export class DomainException extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly detail: string,
    readonly extras: ProblemExtras = {},
  ) {
    super(detail);
    this.name = 'DomainException';
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

export class NotFoundException extends DomainException {
  constructor(what: string) {
    super(ErrorCode.NotFound, `${what} was not found`);
  }
}

/** 400 with each bad field; the detail is the messages, Danish sentences that name their field. */
export class ValidationFailedException extends DomainException {
  constructor(errors: FieldError[]) {
    super(ErrorCode.ValidationFailed, errors.map((e) => e.message).join(' '), { errors });
  }
}

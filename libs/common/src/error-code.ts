// The web app imports this file as it is (apps/web/src/api/client.ts): keep it free of imports.

/** The error codes of the HTTP contract (shared/docs/api.md), with their status. */
export enum ErrorCode {
  ValidationFailed = 'VALIDATION_FAILED',
  Unauthenticated = 'UNAUTHENTICATED',
  Forbidden = 'FORBIDDEN',
  NotFound = 'NOT_FOUND',
  SlotUnavailable = 'SLOT_UNAVAILABLE',
  Conflict = 'CONFLICT',
  PayloadTooLarge = 'PAYLOAD_TOO_LARGE',
  UnsupportedMediaType = 'UNSUPPORTED_MEDIA_TYPE',
  BookingClosed = 'BOOKING_CLOSED',
  NotAnonymous = 'NOT_ANONYMOUS',
  RateLimited = 'RATE_LIMITED',
  Internal = 'INTERNAL_ERROR',
}

export const ERROR_STATUS: Record<ErrorCode, number> = {
  [ErrorCode.ValidationFailed]: 400,
  [ErrorCode.Unauthenticated]: 401,
  [ErrorCode.Forbidden]: 403,
  [ErrorCode.NotFound]: 404,
  [ErrorCode.SlotUnavailable]: 409,
  [ErrorCode.Conflict]: 409,
  [ErrorCode.PayloadTooLarge]: 413,
  [ErrorCode.UnsupportedMediaType]: 415,
  [ErrorCode.BookingClosed]: 422,
  [ErrorCode.NotAnonymous]: 422,
  [ErrorCode.RateLimited]: 429,
  [ErrorCode.Internal]: 500,
};

export const ERROR_TITLE: Record<ErrorCode, string> = {
  [ErrorCode.ValidationFailed]: 'The request is invalid',
  [ErrorCode.Unauthenticated]: 'Authentication required',
  [ErrorCode.Forbidden]: 'Not allowed',
  [ErrorCode.NotFound]: 'Not found',
  [ErrorCode.SlotUnavailable]: 'The slot is not available',
  [ErrorCode.Conflict]: 'Conflict with the current state',
  [ErrorCode.PayloadTooLarge]: 'Payload too large',
  [ErrorCode.UnsupportedMediaType]: 'Unsupported media type',
  [ErrorCode.BookingClosed]: 'Booking is closed',
  [ErrorCode.NotAnonymous]: 'The text contains identifying data',
  [ErrorCode.RateLimited]: 'Too many requests',
  [ErrorCode.Internal]: 'Internal server error',
};

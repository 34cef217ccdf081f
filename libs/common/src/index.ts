export { Clock, FixedClock } from './clock';
export { CommonModule } from './common.module';
export { DomainException, NotFoundException, ValidationFailedException } from './domain.exception';
export type { FieldError, ProblemExtras } from './domain.exception';
export { ErrorCode, ERROR_STATUS, ERROR_TITLE } from './error-code';
export { requestContext } from './request-context';
export type { RequestContext } from './request-context';
export { normaliseClientIp } from './client-ip';
export { hashSecretToken, newSecretToken, sameHash } from './secret-token';
export {
  IsIsoCalendarDate,
  IsIsoDateOrInstant,
  IsSafeEmail,
  isIsoCalendarDate,
  isIsoDateOrInstant,
  isSafeEmail,
  trimSpaces,
} from './input-validators';
export { pageCursor } from './page-cursor';
export type { KeysetPosition, Page } from './page-cursor';
export { MAX_PAGE_SIZE, PageQuery } from './dto/page.query';
export { PersonRefResponse } from './dto/person-ref.response';

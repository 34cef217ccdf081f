import { ValidationError, ValidationPipe } from '@nestjs/common';
import { FieldError, ValidationFailedException } from '@app/common';

/** Flattens class-validator errors into the contract's `errors: [{ field, message }]`. */
export function flattenValidationErrors(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([constraint, message]) => ({
      field,
      // class-validator's own wording is English; an unknown field is the one every DTO shares.
      message: constraint === 'whitelistValidation' ? 'feltet findes ikke i denne forespørgsel' : message,
    }));
    return [...own, ...flattenValidationErrors(error.children ?? [], field)];
  });
}

export const createValidationPipe = () =>
  new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: (errors) => new ValidationFailedException(flattenValidationErrors(errors)),
  });

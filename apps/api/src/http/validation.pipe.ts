import { ValidationError, ValidationPipe } from '@nestjs/common';
import { FieldError, ValidationFailedException } from '@app/common';
import { danishValidationMessage } from './validation-messages';

/**
 * Flattens class-validator errors into the contract's `errors: [{ field, message }]`, each message in
 * Danish (class-validator's own text is English and is dropped).
 */
export function flattenValidationErrors(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.keys(error.constraints ?? {}).map((constraint) => ({
      field,
      message: danishValidationMessage(error.target, error.property, constraint),
    }));
    return [...own, ...flattenValidationErrors(error.children ?? [], field)];
  });
}

export const createValidationPipe = () =>
  new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    // The failed object is needed to find a rule's arguments (lengths, enum values) for the message.
    validationError: { target: true, value: false },
    exceptionFactory: (errors) => new ValidationFailedException(flattenValidationErrors(errors)),
  });

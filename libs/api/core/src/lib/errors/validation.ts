import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { BadInputError } from './app-errors';

/** Flattens class-validator errors to `{ 'input.field': 'message' }`. */
export function validationErrorsToFields(
  errors: ValidationError[],
  prefix = '',
): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const error of errors) {
    const key = prefix ? `${prefix}.${error.property}` : error.property;
    const messages = Object.values(error.constraints ?? {});
    if (messages.length > 0) fields[key] = messages[0];
    Object.assign(fields, validationErrorsToFields(error.children ?? [], key));
  }
  return fields;
}

/** Rejects unknown and invalid input with `BAD_USER_INPUT` and per-field messages. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    transform: true,
    whitelist: true,
    forbidUnknownValues: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => new BadInputError(validationErrorsToFields(errors)),
  });
}

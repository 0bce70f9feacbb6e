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
    // Fields are named as in the input object: `input.name` and `name` are the same field.
    exceptionFactory: (errors) =>
      new BadInputError(
        Object.fromEntries(
          Object.entries(validationErrorsToFields(errors)).map(([k, v]) => [
            k.replace(/^input\./, ''),
            v,
          ]),
        ),
      ),
  });
}

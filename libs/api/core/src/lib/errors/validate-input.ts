import { plainToInstance, type ClassConstructor } from 'class-transformer';
import { validate } from 'class-validator';
import { BadInputError } from './app-errors';
import { validationErrorsToFields } from './validation';

/**
 * Validates a plain object against an input class outside the GraphQL pipeline (socket
 * handlers), with the same rules and per-field messages.
 */
export async function validateInput<T extends object>(
  cls: ClassConstructor<T>,
  plain: unknown,
): Promise<T> {
  if (typeof plain !== 'object' || plain === null || Array.isArray(plain)) {
    throw new BadInputError({ input: 'must be an object' });
  }
  const instance = plainToInstance(cls, plain);
  const errors = await validate(instance, { whitelist: true, forbidUnknownValues: true });
  if (errors.length > 0) throw new BadInputError(validationErrorsToFields(errors));
  return instance;
}

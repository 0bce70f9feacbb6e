import { registerDecorator, type ValidationOptions } from 'class-validator';
import { isCountryCode } from '@wide-open/shared/contracts';

/** An ISO 3166-1 alpha-2 code that is actually assigned (FR yes, ZZ no). */
export function IsCountryCode(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isCountryCode',
      target: target.constructor,
      propertyName: String(propertyName),
      options: { message: 'must be an ISO 3166-1 alpha-2 country code such as FR', ...options },
      validator: {
        validate: (value: unknown) => typeof value === 'string' && isCountryCode(value),
      },
    });
}

import { CombinedGraphQLErrors } from '@apollo/client';
import { ErrorCode } from '@wide-open/shared/contracts';
import { errorCode, errorDetail, fieldErrors, retryAfterSeconds } from './graphql-errors';

const combined = (extensions: Record<string, unknown>) =>
  new CombinedGraphQLErrors({ errors: [{ message: 'Nope', extensions }] });

describe('graphql error helpers', () => {
  it('reads the code, and ignores codes the API does not document', () => {
    expect(errorCode(combined({ code: 'CONFLICT' }))).toBe(ErrorCode.CONFLICT);
    expect(errorCode(combined({ code: 'INTERNAL_SERVER_ERROR' }))).toBeUndefined();
    expect(errorCode(new Error('network down'))).toBeUndefined();
  });

  it('maps field messages and strips the argument prefix', () => {
    const error = combined({
      code: 'BAD_USER_INPUT',
      fields: { 'input.email': 'must be an email', password: 'too short', other: 3 },
    });
    expect(fieldErrors(error)).toEqual({ email: 'must be an email', password: 'too short' });
    expect(fieldErrors(new Error('x'))).toEqual({});
  });

  it('reads details of refusals', () => {
    const error = combined({ code: 'RATE_LIMITED', retryAfterSeconds: 42, reason: 'spam' });
    expect(retryAfterSeconds(error)).toBe(42);
    expect(errorDetail(error, 'reason')).toBe('spam');
    expect(errorDetail(error, 'until')).toBeUndefined();
  });
});

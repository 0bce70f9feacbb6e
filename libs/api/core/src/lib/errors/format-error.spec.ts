import { GraphQLError } from 'graphql';
import { formatGraphQLError, variableFieldErrors } from './format-error';
import { BadInputError, NotFoundError } from './app-errors';

describe('formatGraphQLError', () => {
  it('passes known errors through without their stack trace', () => {
    const error = new BadInputError({ email: 'must be an email' });
    const onUnexpected = jest.fn();
    const out = formatGraphQLError(
      { message: error.message, extensions: { ...error.extensions, stacktrace: ['at x'] } },
      error,
      onUnexpected,
    );
    expect(out.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: { email: 'must be an email' },
    });
    expect(onUnexpected).not.toHaveBeenCalled();
  });

  it('hides unexpected errors, SQL included, and reports them to the logger', () => {
    const original = new GraphQLError(
      'duplicate key value violates unique constraint "members_email"',
    );
    const onUnexpected = jest.fn();
    const out = formatGraphQLError(
      {
        message: original.message,
        extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at pg'] },
      },
      original,
      onUnexpected,
    );
    expect(out.message).not.toContain('duplicate');
    expect(out.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
    expect(onUnexpected).toHaveBeenCalledWith(original);
  });

  it('names the field of a variable GraphQL refused before validation', () => {
    const message =
      'Variable "$input" got invalid value "CASTLE" at "input.challenges[1]"; Value "CASTLE" does not exist in "Challenge" enum.';
    const out = formatGraphQLError(
      { message, extensions: { code: 'BAD_USER_INPUT' } },
      new GraphQLError(message),
      jest.fn(),
    );
    expect(out.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: { challenges: 'Value "CASTLE" does not exist in "Challenge" enum.' },
    });
    expect(
      variableFieldErrors('Variable "$first" got invalid value "x"; Int cannot represent "x".'),
    ).toEqual({ first: 'Int cannot represent "x".' });
    expect(variableFieldErrors('Something else')).toBeNull();
  });

  it('keeps the NOT_FOUND wording neutral', () => {
    expect(new NotFoundError('Member').message).toBe('Member was not found.');
  });
});

import { sessionTokenFrom } from './session-token';

describe('sessionTokenFrom', () => {
  it('reads a bearer token first', () => {
    expect(sessionTokenFrom({ authorization: 'Bearer abc', cookie: 'wo_session=def' })).toBe('abc');
  });

  it('ignores malformed authorization headers rather than falling back to the cookie', () => {
    expect(
      sessionTokenFrom({ authorization: 'Basic dXNlcjpwYXNz', cookie: 'wo_session=def' }),
    ).toBeUndefined();
  });

  it('reads the session cookie among others, decoding it', () => {
    expect(sessionTokenFrom({ cookie: 'theme=dark; wo_session=a%2Bb; lang=fr' })).toBe('a+b');
    expect(sessionTokenFrom({ cookie: 'wo_session=%E0%A4%A' })).toBeUndefined();
    expect(sessionTokenFrom({})).toBeUndefined();
  });
});

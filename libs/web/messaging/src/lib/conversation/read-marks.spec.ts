import { seenByMessage } from './read-marks';

const msg = (id: string, author: string) => ({ id, author: { id: author } });

describe('seenByMessage', () => {
  const messages = [msg('01', 'me'), msg('02', 'marco'), msg('03', 'me'), msg('04', 'me')];

  it('puts "Seen" under the newest message the other read that they did not write', () => {
    const seen = seenByMessage(messages, [{ memberId: 'marco', messageId: '03' }], 'me');
    expect([...seen]).toEqual([['03', ['marco']]]);
  });

  it('skips the viewer, members who read nothing, and marks on one’s own message', () => {
    const seen = seenByMessage(
      [msg('01', 'marco')],
      [
        { memberId: 'me', messageId: '01' },
        { memberId: 'aisha', messageId: null },
        { memberId: 'marco', messageId: '01' },
      ],
      'me',
    );
    expect(seen.size).toBe(0);
  });

  it('groups the readers of the same message (groups)', () => {
    const seen = seenByMessage(
      messages,
      [
        { memberId: 'marco', messageId: '04' },
        { memberId: 'aisha', messageId: '04' },
      ],
      'me',
    );
    expect(seen.get('04')).toEqual(['marco', 'aisha']);
  });
});

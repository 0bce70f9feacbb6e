import {
  acknowledge,
  discard,
  enqueue,
  isRefusal,
  markFailed,
  newestId,
  type Outbox,
  parseOutbox,
  pendingEntries,
  retry,
  visibleEntries,
} from './outbox';

const draft = (clientMessageId: string, createdAt: string, conversationId = 'c1') => ({
  clientMessageId,
  conversationId,
  body: `body ${clientMessageId}`,
  createdAt,
});

describe('outbox', () => {
  it('queues each clientMessageId once, and sends the oldest first', () => {
    let outbox: Outbox = [];
    outbox = enqueue(outbox, draft('b', '2026-01-01T10:00:02Z'));
    outbox = enqueue(outbox, draft('a', '2026-01-01T10:00:01Z'));
    outbox = enqueue(outbox, draft('a', '2026-01-01T10:00:09Z'));
    expect(outbox).toHaveLength(2);
    expect(pendingEntries(outbox).map((e) => e.clientMessageId)).toEqual(['a', 'b']);
    expect(outbox.every((e) => e.status === 'pending' && e.error === null)).toBe(true);
  });

  it('forgets acknowledged messages and keeps the same list when nothing changes', () => {
    const outbox = enqueue([], draft('a', '2026-01-01T10:00:01Z'));
    expect(acknowledge(outbox, 'a')).toEqual([]);
    expect(acknowledge(outbox, 'unknown')).toBe(outbox);
  });

  it('marks a refused message failed, out of the queue, and retries it with the same id', () => {
    let outbox = enqueue([], draft('a', '2026-01-01T10:00:01Z'));
    outbox = markFailed(outbox, 'a', { code: 'FORBIDDEN', message: 'blocked' });
    expect(pendingEntries(outbox)).toEqual([]);
    expect(outbox[0]).toMatchObject({ status: 'failed', error: { code: 'FORBIDDEN' } });
    outbox = retry(outbox, 'a');
    expect(pendingEntries(outbox)).toEqual([
      expect.objectContaining({ clientMessageId: 'a', status: 'pending', error: null }),
    ]);
    expect(discard(outbox, 'a')).toEqual([]);
  });

  it('shows a conversation’s entries except those the server already delivered', () => {
    let outbox: Outbox = [];
    outbox = enqueue(outbox, draft('a', '2026-01-01T10:00:01Z'));
    outbox = enqueue(outbox, draft('b', '2026-01-01T10:00:02Z'));
    outbox = enqueue(outbox, draft('c', '2026-01-01T10:00:03Z', 'c2'));
    expect(visibleEntries(outbox, 'c1', new Set(['a'])).map((e) => e.clientMessageId)).toEqual([
      'b',
    ]);
  });

  it('tells refusals (shown as failed) from network trouble (sent again by itself)', () => {
    for (const code of ['FORBIDDEN', 'BAD_USER_INPUT', 'RATE_LIMITED', 'NOT_FOUND']) {
      expect(isRefusal(code)).toBe(true);
    }
    expect(isRefusal('INTERNAL_SERVER_ERROR')).toBe(false);
  });

  it('reads a stored outbox defensively; a reload resumes the pending ones', () => {
    const stored = JSON.stringify([
      { ...draft('a', '2026-01-01T10:00:01Z'), status: 'pending', error: null },
      {
        ...draft('b', '2026-01-01T10:00:02Z'),
        status: 'failed',
        error: { code: 'FORBIDDEN', message: 'no' },
      },
      { clientMessageId: 42 },
      'junk',
    ]);
    const outbox = parseOutbox(stored);
    expect(outbox.map((e) => [e.clientMessageId, e.status])).toEqual([
      ['a', 'pending'],
      ['b', 'failed'],
    ]);
    expect(parseOutbox('{not json')).toEqual([]);
    expect(parseOutbox(null)).toEqual([]);
    expect(parseOutbox('{"a":1}')).toEqual([]);
  });

  it('keeps the newest of two message ids (UUID v7 order)', () => {
    const older = '0190b2a0-0000-7000-8000-000000000001';
    const newer = '0190b2a0-0001-7000-8000-000000000000';
    expect(newestId(older, newer)).toBe(newer);
    expect(newestId(newer, older)).toBe(newer);
    expect(newestId(null, older)).toBe(older);
    expect(newestId(older, null)).toBe(older);
  });
});

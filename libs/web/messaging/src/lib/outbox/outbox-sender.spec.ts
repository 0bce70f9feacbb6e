import { type MessagePayload, type SendMessageRequest } from '@wide-open/shared/contracts';
import { enqueue } from './outbox';
import { OutboxSender, type SendResult } from './outbox-sender';
import { createOutboxStore } from './outbox.store';

const stored = (request: SendMessageRequest, id: string): MessagePayload => ({
  id,
  conversationId: request.conversationId ?? 'c1',
  body: request.body,
  clientMessageId: request.clientMessageId,
  createdAt: '2026-01-01T10:00:00Z',
  editedAt: null,
  deleted: false,
  author: { id: 'me', handle: 'me', displayName: 'Me', avatarUrl: null },
});

function setup(answers: Array<(r: SendMessageRequest) => SendResult>) {
  const store = createOutboxStore('me', null);
  const calls: SendMessageRequest[] = [];
  const sent: MessagePayload[] = [];
  const sender = new OutboxSender(
    store,
    (request) => {
      calls.push(request);
      const answer = answers.shift() ?? ((r) => ({ kind: 'sent', message: stored(r, 'x') }));
      return Promise.resolve(answer(request));
    },
    (message) => sent.push(message),
  );
  const write = (id: string, at: string) =>
    store.update((o) =>
      enqueue(o, { clientMessageId: id, conversationId: 'c1', body: id, createdAt: at }),
    );
  return { store, calls, sent, sender, write };
}

describe('OutboxSender', () => {
  afterEach(() => jest.useRealTimers());

  it('sends in writing order and forgets what the server stored', async () => {
    const { store, calls, sent, sender, write } = setup([]);
    write('second', '2026-01-01T10:00:02Z');
    write('first', '2026-01-01T10:00:01Z');
    await sender.flush();
    expect(calls.map((c) => c.clientMessageId)).toEqual(['first', 'second']);
    expect(sent).toHaveLength(2);
    expect(store.get()).toEqual([]);
  });

  it('marks a refusal failed and goes on with the next message', async () => {
    const { store, calls, sender, write } = setup([
      () => ({ kind: 'refused', error: { code: 'FORBIDDEN', message: 'blocked' } }),
    ]);
    write('a', '2026-01-01T10:00:01Z');
    write('b', '2026-01-01T10:00:02Z');
    await sender.flush();
    expect(calls.map((c) => c.clientMessageId)).toEqual(['a', 'b']);
    expect(store.get()).toEqual([
      expect.objectContaining({ clientMessageId: 'a', status: 'failed' }),
    ]);
  });

  it('keeps messages pending while the server is unreachable, then resends the same ids', async () => {
    jest.useFakeTimers();
    const { store, calls, sender, write } = setup([() => ({ kind: 'unreachable' })]);
    write('a', '2026-01-01T10:00:01Z');
    write('b', '2026-01-01T10:00:02Z');
    await sender.flush();
    // Stops at the first failure: b must not overtake a.
    expect(calls.map((c) => c.clientMessageId)).toEqual(['a']);
    expect(store.get().map((e) => e.status)).toEqual(['pending', 'pending']);
    await jest.advanceTimersByTimeAsync(2_100);
    expect(calls.map((c) => c.clientMessageId)).toEqual(['a', 'a', 'b']);
    expect(store.get()).toEqual([]);
    sender.dispose();
  });

  it('runs one round at a time: a flush during a flush sends nothing twice', async () => {
    const { calls, sender, write } = setup([]);
    write('a', '2026-01-01T10:00:01Z');
    await Promise.all([sender.flush(), sender.flush(), sender.flush()]);
    expect(calls.map((c) => c.clientMessageId)).toEqual(['a']);
  });
});

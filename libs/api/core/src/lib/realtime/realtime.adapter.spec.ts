import { EventEmitter } from 'node:events';
import type { INestApplicationContext } from '@nestjs/common';
import { from, isObservable, mergeAll, of, type Observable } from 'rxjs';
import type { Socket } from 'socket.io';
import { RealtimeAdapter } from './realtime.adapter';

// What Nest passes as `transform`: a handler's value, promise or observable as an observable.
const transform = (result: unknown): Observable<unknown> =>
  from(Promise.resolve(result).then((r) => (isObservable(r) ? r : of(r)))).pipe(mergeAll());

class FakeSocket extends EventEmitter {
  sent: Array<[string, unknown]> = [];
  override emit(event: string, ...args: unknown[]): boolean {
    if (event.startsWith('reply')) {
      this.sent.push([event, args[0]]);
      return true;
    }
    return super.emit(event, ...args);
  }
}

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('RealtimeAdapter message handlers', () => {
  const adapter = new RealtimeAdapter({} as INestApplicationContext, { allowedOrigins: [] });
  const asSocket = (s: FakeSocket) => s as unknown as Socket;

  it('calls the handler bound for the socket that received the event and acknowledges', async () => {
    const a = new FakeSocket();
    const b = new FakeSocket();
    for (const socket of [a, b])
      adapter.bindMessageHandlers(
        asSocket(socket),
        [
          {
            message: 'echo',
            callback: (data: unknown) => Promise.resolve({ from: socket === a ? 'a' : 'b', data }),
            isAckHandledManually: false,
          },
        ],
        transform,
      );
    const acks: unknown[] = [];
    b.emit('echo', { n: 1 }, (r: unknown) => acks.push(r));
    await tick();
    expect(acks).toEqual([{ from: 'b', data: { n: 1 } }]);
    // One listener function serves every socket.
    expect(a.listeners('echo')).toHaveLength(1);
    expect(a.listeners('echo')[0]).toBe(b.listeners('echo')[0]);
  });

  it('emits { event, data } results, skips null ones, and leaves @Ack handlers to acknowledge', async () => {
    const socket = new FakeSocket();
    const acks: unknown[] = [];
    adapter.bindMessageHandlers(
      asSocket(socket),
      [
        {
          message: 'ask',
          callback: () => of({ event: 'reply:ask', data: 42 }),
          isAckHandledManually: false,
        },
        { message: 'quiet', callback: () => Promise.resolve(null), isAckHandledManually: false },
        { message: 'manual', callback: () => Promise.resolve('x'), isAckHandledManually: true },
      ],
      transform,
    );
    socket.emit('ask', {}, (r: unknown) => acks.push(r));
    socket.emit('quiet', {}, (r: unknown) => acks.push(r));
    socket.emit('manual', {}, (r: unknown) => acks.push(r));
    await tick();
    expect(socket.sent).toEqual([['reply:ask', 42]]);
    expect(acks).toEqual([]);
  });

  it('runs the handlers of two gateways listening to the same event, once each', async () => {
    const socket = new FakeSocket();
    const calls: string[] = [];
    for (const gateway of ['one', 'two'])
      adapter.bindMessageHandlers(
        asSocket(socket),
        [
          {
            message: 'both',
            callback: () => Promise.resolve(void calls.push(gateway)),
            isAckHandledManually: false,
          },
        ],
        transform,
      );
    socket.emit('both', {});
    await tick();
    expect(calls).toEqual(['one', 'two']);
    expect(socket.listeners('both')).toHaveLength(1);
  });
});

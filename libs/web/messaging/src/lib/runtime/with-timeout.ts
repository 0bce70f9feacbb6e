/**
 * Waits for a socket acknowledgement, or null after `ms` (a server that died mid-request never
 * answers). Callback-style so the ack keeps the event map's type.
 */
export function withTimeout<T>(start: (done: (value: T) => void) => void, ms: number) {
  return new Promise<T | null>((resolve) => {
    const timer = setTimeout(() => resolve(null), ms);
    start((value) => {
      clearTimeout(timer);
      resolve(value);
    });
  });
}

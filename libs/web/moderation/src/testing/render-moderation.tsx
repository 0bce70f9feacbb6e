import { type MockLink } from '@apollo/client/testing';
import { type RenderResult } from '@testing-library/react';
import { type ServerToClientEvents } from '@wide-open/shared/contracts';
import { type Language, type RealtimeSocket } from '@wide-open/web/data-access';
import { renderWithProviders } from '@wide-open/web/testing';
import { type ReactNode } from 'react';

export { meMock, sessionMember } from '@wide-open/web/testing';

type Listener = (...args: unknown[]) => void;

/** A socket stand-in that lets a spec deliver server events. */
export class FakeSocket {
  connected = true;
  private readonly listeners = new Map<string, Set<Listener>>();

  on(event: string, listener: Listener): this {
    if (!this.listeners.has(event)) this.listeners.set(event, new Set());
    this.listeners.get(event)?.add(listener);
    return this;
  }

  off(event: string, listener: Listener): this {
    this.listeners.get(event)?.delete(listener);
    return this;
  }

  deliver<E extends keyof ServerToClientEvents>(
    event: E,
    ...args: Parameters<ServerToClientEvents[E]>
  ): void {
    for (const listener of this.listeners.get(event) ?? []) listener(...args);
  }

  asSocket(): RealtimeSocket {
    return this as unknown as RealtimeSocket;
  }
}

export interface RenderOptions {
  path?: string;
  mocks?: MockLink.MockedResponse[];
  lng?: Language;
  socket?: FakeSocket;
}

/** A moderation component with the app's providers (the page adds its own texts). */
export function renderModeration(element: ReactNode, options: RenderOptions = {}): RenderResult {
  const path = options.path ?? '/';
  return renderWithProviders(element, {
    mocks: options.mocks,
    lng: options.lng,
    socket: options.socket?.asSocket() ?? null,
    url: path,
    path,
    routes: [{ path: '*', element: <p>elsewhere</p> }],
  });
}

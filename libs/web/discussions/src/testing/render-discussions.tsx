import { type MockLink } from '@apollo/client/testing';
import { mergeThemeOverrides, Popover } from '@mantine/core';
import { type RenderResult } from '@testing-library/react';
import { type ServerToClientEvents } from '@wide-open/shared/contracts';
import { type createCache, type Language, type RealtimeSocket } from '@wide-open/web/data-access';
import { renderWithProviders } from '@wide-open/web/testing';
import { theme } from '@wide-open/web/ui';
import { type ReactNode } from 'react';
import { discussionsEn } from '../lib/i18n/discussions.en';
import { discussionsFr } from '../lib/i18n/discussions.fr';

export { meMock, sessionMember as activeMember } from '@wide-open/web/testing';

type Listener = (...args: unknown[]) => void;

// jsdom lays nothing out: every element measures 0×0, which Popover reads as a detached target.
const testTheme = mergeThemeOverrides(theme, {
  components: { Popover: Popover.extend({ defaultProps: { hideDetached: false } }) },
});

/** A socket stand-in: records emits, and lets a spec deliver server events. */
export class FakeSocket {
  connected = true;
  readonly emitted: { event: string; args: unknown[] }[] = [];
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

  emit(event: string, ...args: unknown[]): this {
    this.emitted.push({ event, args });
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
  mocks?: MockLink.MockedResponse[];
  lng?: Language;
  socket?: FakeSocket;
  cache?: ReturnType<typeof createCache>;
}

/** A discussions component with the app's providers, a mocked GraphQL server and a socket. */
export function renderDiscussions(element: ReactNode, options: RenderOptions = {}): RenderResult {
  return renderWithProviders(element, {
    ...options,
    socket: options.socket?.asSocket() ?? null,
    theme: testTheme,
    resources: { en: { discussions: discussionsEn }, fr: { discussions: discussionsFr } },
  });
}

import { type MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { MantineProvider } from '@mantine/core';
import { render, type RenderResult } from '@testing-library/react';
import {
  CommunityRole,
  MemberRole,
  MemberStatus,
  type ServerToClientEvents,
} from '@wide-open/shared/contracts';
import {
  createCache,
  createI18n,
  type Language,
  meQuery,
  RealtimeContext,
  type RealtimeSocket,
  type SessionMemberFragment,
} from '@wide-open/web/data-access';
import { theme, uiEn, uiFr } from '@wide-open/web/ui';
import { type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter, Route, Routes } from 'react-router';

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
  const i18n = createI18n({ en: { ui: uiEn }, fr: { ui: uiFr } }, { lng: options.lng ?? 'en' });
  const path = options.path ?? '/';
  return render(
    <I18nextProvider i18n={i18n}>
      <MockedProvider mocks={options.mocks ?? []} cache={createCache()}>
        <MantineProvider theme={theme}>
          <RealtimeContext.Provider value={options.socket?.asSocket() ?? null}>
            <MemoryRouter initialEntries={[path]}>
              <Routes>
                <Route path={path} element={element} />
                <Route path="*" element={<p>elsewhere</p>} />
              </Routes>
            </MemoryRouter>
          </RealtimeContext.Provider>
        </MantineProvider>
      </MockedProvider>
    </I18nextProvider>,
  );
}

export function sessionMember(overrides: Partial<SessionMemberFragment> = {}) {
  return {
    __typename: 'Member' as const,
    id: 'm-1',
    handle: 'ana',
    displayName: 'Ana Lima',
    email: 'ana@example.org',
    status: MemberStatus.ACTIVE,
    role: MemberRole.MEMBER,
    communityRole: CommunityRole.PRACTITIONER,
    sector: null,
    motivation: null,
    decisionMessage: null,
    decidedAt: null,
    locale: 'en',
    createdAt: '2026-01-01T10:00:00.000Z',
    ...overrides,
  };
}

export function meMock(who: SessionMemberFragment | null): MockLink.MockedResponse {
  return {
    request: { query: meQuery },
    result: { data: { me: who } },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

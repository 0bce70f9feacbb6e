import { type MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { MantineProvider, mergeThemeOverrides, Popover } from '@mantine/core';
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
import { MemoryRouter } from 'react-router';
import { discussionsEn } from '../lib/i18n/discussions.en';
import { discussionsFr } from '../lib/i18n/discussions.fr';

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
  const i18n = createI18n(
    {
      en: { ui: uiEn, discussions: discussionsEn },
      fr: { ui: uiFr, discussions: discussionsFr },
    },
    { lng: options.lng ?? 'en' },
  );
  return render(
    <I18nextProvider i18n={i18n}>
      <MockedProvider mocks={options.mocks ?? []} cache={options.cache ?? createCache()}>
        <MantineProvider theme={testTheme}>
          <RealtimeContext.Provider value={options.socket?.asSocket() ?? null}>
            <MemoryRouter>{element}</MemoryRouter>
          </RealtimeContext.Provider>
        </MantineProvider>
      </MockedProvider>
    </I18nextProvider>,
  );
}

export function activeMember(overrides: Partial<SessionMemberFragment> = {}) {
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

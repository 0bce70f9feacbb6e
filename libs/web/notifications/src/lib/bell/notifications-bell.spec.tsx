import { MockedProvider } from '@apollo/client/testing/react';
import { MantineProvider } from '@mantine/core';
import { act, render, screen } from '@testing-library/react';
import { CommunityRole, MemberRole, MemberStatus } from '@wide-open/shared/contracts';
import {
  createCache,
  createI18n,
  meQuery,
  RealtimeContext,
  type RealtimeSocket,
} from '@wide-open/web/data-access';
import { uiEn, uiFr } from '@wide-open/web/ui';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import { notificationsEn, notificationsFr } from '../i18n/notifications.resources';
import { unreadNotificationsCountQuery } from '../notifications.documents';
import { NotificationsBell } from './notifications-bell';

type Listener = (...args: unknown[]) => void;

const me = {
  __typename: 'Member' as const,
  id: 'm-1',
  handle: 'camille-moderator',
  displayName: 'Camille Laurent',
  email: 'camille@example.org',
  status: MemberStatus.ACTIVE,
  role: MemberRole.MODERATOR,
  communityRole: CommunityRole.PRACTITIONER,
  sector: null,
  motivation: null,
  decisionMessage: null,
  decidedAt: null,
  locale: 'fr',
  createdAt: '2026-01-01T10:00:00.000Z',
};

describe('NotificationsBell', () => {
  it('shows the unread count in its name and updates it live when a mention arrives or notifications are read elsewhere', async () => {
    const listeners = new Map<string, Listener>();
    const socket = {
      on: (event: string, listener: Listener) => listeners.set(event, listener),
      off: (event: string) => listeners.delete(event),
    } as unknown as RealtimeSocket;
    const i18n = createI18n(
      {
        en: { ui: uiEn, notifications: notificationsEn },
        fr: { ui: uiFr, notifications: notificationsFr },
      },
      { lng: 'fr' },
    );
    render(
      <I18nextProvider i18n={i18n}>
        <MockedProvider
          cache={createCache()}
          mocks={[
            { request: { query: meQuery }, result: { data: { me } } },
            {
              request: { query: unreadNotificationsCountQuery },
              result: { data: { unreadNotificationsCount: 1 } },
            },
            {
              request: { query: unreadNotificationsCountQuery },
              result: { data: { unreadNotificationsCount: 2 } },
            },
            {
              request: { query: unreadNotificationsCountQuery },
              result: { data: { unreadNotificationsCount: 0 } },
            },
          ]}
        >
          <MantineProvider>
            <RealtimeContext.Provider value={socket}>
              <MemoryRouter>
                <NotificationsBell />
              </MemoryRouter>
            </RealtimeContext.Provider>
          </MantineProvider>
        </MockedProvider>
      </I18nextProvider>,
    );
    expect(await screen.findByRole('link', { name: 'Notifications, 1 non lue' })).toHaveAttribute(
      'href',
      '/notifications',
    );

    act(() => {
      listeners.get('notification:new')?.({
        id: 'n2',
        type: 'MENTION',
        readAt: null,
        createdAt: '2026-03-02T10:00:00.000Z',
        payload: {
          threadId: 't1',
          threadTitle: 'Mesurer l’impact social',
          authorName: 'Marco Reyes',
        },
      });
    });
    expect(await screen.findByRole('link', { name: 'Notifications, 2 non lues' })).toBeVisible();
    expect(screen.getByRole('status')).toHaveTextContent(
      'Nouvelle notification : Marco Reyes vous a mentionné·e dans « Mesurer l’impact social »',
    );

    // Read in another tab (or by opening the conversation): the count follows.
    act(() => listeners.get('notification:read')?.({ count: 2 }));
    expect(await screen.findByRole('link', { name: 'Notifications' })).toBeVisible();
  });
});

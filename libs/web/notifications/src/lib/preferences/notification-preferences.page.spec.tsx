import { MockedProvider } from '@apollo/client/testing/react';
import { type MockLink } from '@apollo/client/testing';
import { MantineProvider } from '@mantine/core';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  CommunityRole,
  MemberRole,
  MemberStatus,
  NotificationDelivery,
  NotificationType,
} from '@wide-open/shared/contracts';
import {
  createCache,
  createI18n,
  meQuery,
  type Language,
  type SessionMemberFragment,
} from '@wide-open/web/data-access';
import { theme, uiEn, uiFr } from '@wide-open/web/ui';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter, Route, Routes } from 'react-router';
import { notificationsEn, notificationsFr } from '../i18n/notifications.resources';
import {
  notificationPreferencesQuery,
  setNotificationPreferenceMutation,
} from '../notifications.documents';
import { NotificationPreferencesPage } from './notification-preferences.page';

const me: SessionMemberFragment & { __typename: 'Member' } = {
  __typename: 'Member',
  id: 'm-1',
  handle: 'lea',
  displayName: 'Léa Martin',
  email: 'lea@example.org',
  status: MemberStatus.ACTIVE,
  role: MemberRole.MEMBER,
  communityRole: CommunityRole.PRACTITIONER,
  sector: null,
  motivation: null,
  decisionMessage: null,
  decidedAt: null,
  locale: 'fr',
  createdAt: '2026-01-01T10:00:00.000Z',
};

const preference = (
  type: NotificationType,
  delivery: NotificationDelivery,
  configurable = true,
) => ({
  __typename: 'NotificationPreference' as const,
  type,
  delivery,
  configurable,
});

const preferences = [
  preference(NotificationType.MENTION, NotificationDelivery.EMAIL),
  preference(NotificationType.THREAD_REPLY, NotificationDelivery.DAILY),
  preference(NotificationType.APPLICATION_DECIDED, NotificationDelivery.EMAIL, false),
];

const listMock: MockLink.MockedResponse = {
  request: { query: notificationPreferencesQuery },
  result: { data: { notificationPreferences: preferences } },
};

function renderPage(mocks: MockLink.MockedResponse[], lng: Language = 'en') {
  const i18n = createI18n(
    {
      en: { ui: uiEn, notifications: notificationsEn },
      fr: { ui: uiFr, notifications: notificationsFr },
    },
    { lng },
  );
  return render(
    <I18nextProvider i18n={i18n}>
      <MockedProvider cache={createCache()} mocks={mocks}>
        <MantineProvider theme={theme}>
          <MemoryRouter initialEntries={['/settings/notifications']}>
            <Routes>
              <Route path="/settings/notifications" element={<NotificationPreferencesPage />} />
              <Route path="/sign-in" element={<p>sign-in page</p>} />
            </Routes>
          </MemoryRouter>
        </MantineProvider>
      </MockedProvider>
    </I18nextProvider>,
  );
}

describe('NotificationPreferencesPage', () => {
  it('lists each type with a labelled choice showing the current delivery (English)', async () => {
    renderPage([{ request: { query: meQuery }, result: { data: { me } } }, listMock]);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Notification settings' }),
    ).toBeInTheDocument();
    const mentions = await screen.findByRole('combobox', { name: 'Mentions' });
    expect(mentions).toHaveValue('EMAIL');
    expect(screen.getByRole('combobox', { name: 'Replies in threads you follow' })).toHaveValue(
      'DAILY',
    );
    expect(
      within(mentions)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['In the app', 'Email at once', 'Daily digest', 'Weekly digest', 'Off']);
    // The application decision cannot be changed: explained, no control.
    expect(
      screen.queryByRole('combobox', { name: 'The decision on your application' }),
    ).not.toBeInTheDocument();
    expect(screen.getByText('Always emailed: a decision on your membership.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to notifications' })).toHaveAttribute(
      'href',
      '/notifications',
    );
  });

  it('saves a choice and says so, in French', async () => {
    const user = userEvent.setup();
    let saved = false;
    renderPage(
      [
        { request: { query: meQuery }, result: { data: { me } } },
        listMock,
        {
          request: {
            query: setNotificationPreferenceMutation,
            variables: { type: 'THREAD_REPLY', delivery: 'WEEKLY' },
          },
          result: () => {
            saved = true;
            return {
              data: {
                setNotificationPreference: preference(
                  NotificationType.THREAD_REPLY,
                  NotificationDelivery.WEEKLY,
                ),
              },
            };
          },
        },
      ],
      'fr',
    );
    const replies = await screen.findByRole('combobox', {
      name: 'Réponses dans les fils que vous suivez',
    });
    await user.selectOptions(replies, 'Résumé hebdomadaire');
    await waitFor(() => expect(saved).toBe(true));
    expect(
      await screen.findByText(
        'Enregistré : Réponses dans les fils que vous suivez, Résumé hebdomadaire.',
      ),
    ).toBeInTheDocument();
    expect(replies).toHaveValue('WEEKLY');
  });

  it('puts the previous choice back and shows an alert when saving fails', async () => {
    const user = userEvent.setup();
    renderPage([
      { request: { query: meQuery }, result: { data: { me } } },
      listMock,
      {
        request: {
          query: setNotificationPreferenceMutation,
          variables: { type: 'MENTION', delivery: 'OFF' },
        },
        error: new Error('network down'),
      },
    ]);
    const mentions = await screen.findByRole('combobox', { name: 'Mentions' });
    await user.selectOptions(mentions, 'Off');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Your choice could not be saved. Please try again.',
    );
    expect(mentions).toHaveValue('EMAIL');
  });

  it('sends visitors to sign in', async () => {
    renderPage([{ request: { query: meQuery }, result: { data: { me: null } } }]);
    expect(await screen.findByText('sign-in page')).toBeInTheDocument();
  });
});

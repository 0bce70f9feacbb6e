import { useQuery } from '@apollo/client/react';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  meQuery,
  RealtimeContext,
  type RealtimeSocket,
  type SessionMemberFragment,
} from '@wide-open/web/data-access';
import { useContext } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { firstPaint, meMock, sessionMember } from './fixtures';
import { renderWithProviders } from './render-with-providers';

function Greeting() {
  const { t } = useTranslation('demo');
  const { id } = useParams();
  const { data } = useQuery<{ me: SessionMemberFragment | null }>(meQuery);
  const socket = useContext(RealtimeContext);
  return (
    <div>
      <h1>{t('hello', { id })}</h1>
      <p>{data?.me ? data.me.displayName : 'signed out'}</p>
      <p>{socket ? 'live' : 'offline'}</p>
      <Link to="/elsewhere?from=greeting">Go</Link>
    </div>
  );
}

const resources = {
  en: { demo: { hello: 'Hello {{id}}' } },
  fr: { demo: { hello: 'Bonjour {{id}}' } },
};

describe('renderWithProviders', () => {
  it('renders at the address with the route params, the library texts and the mocked session', async () => {
    renderWithProviders(<Greeting />, {
      resources,
      lng: 'fr',
      url: '/things/42',
      path: '/things/:id',
      mocks: [meMock(sessionMember({ displayName: 'Grace Lee' }))],
    });

    expect(screen.getByRole('heading', { name: 'Bonjour 42' })).toBeInTheDocument();
    expect(await screen.findByText('Grace Lee', {}, firstPaint)).toBeInTheDocument();
    expect(screen.getByText('offline')).toBeInTheDocument();
  });

  it('navigates to a placeholder route, shows the location, and provides the socket', async () => {
    const socket = {} as RealtimeSocket;
    renderWithProviders(<Greeting />, {
      resources,
      mocks: [meMock(null)],
      socket,
      routes: [{ path: '/elsewhere', element: <p>Elsewhere {'(navigated)'}</p> }],
      showLocation: true,
    });

    expect(screen.getByText('live')).toBeInTheDocument();
    expect(await screen.findByText('signed out')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('link', { name: 'Go' }));
    expect(await screen.findByText('Elsewhere (navigated)')).toBeInTheDocument();
    expect(screen.getByTestId('location')).toHaveTextContent('/elsewhere?from=greeting');
  });

  it('always adds the ui namespace', () => {
    function UiText() {
      const { i18n } = useTranslation();
      return <p>{i18n.hasResourceBundle('en', 'ui') ? 'ui loaded' : 'no ui'}</p>;
    }
    renderWithProviders(<UiText />);
    expect(screen.getByText('ui loaded')).toBeInTheDocument();
  });
});

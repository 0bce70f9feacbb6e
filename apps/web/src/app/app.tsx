import { ApolloProvider } from '@apollo/client/react';
import { type ApolloClient } from '@apollo/client';
import { MantineProvider } from '@mantine/core';
import { createApolloClient, RealtimeProvider } from '@wide-open/web/data-access';
import { cssVariablesResolver, theme } from '@wide-open/web/ui';
import { type i18n as I18n } from 'i18next';
import { useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { routes } from './routes';

export interface AppProps {
  i18n: I18n;
  client?: ApolloClient;
}

/**
 * A suspended member is sent to the sign-in page at once, wherever they were, and told why. Other
 * revocations start in this browser (signing out, deleting the account), whose own flow decides
 * where to go next.
 */
async function leaveOnRevocation(
  router: { navigate: (to: string, o: object) => Promise<void> },
  reason: string,
) {
  if (reason === 'suspended') await router.navigate('/sign-in?ended=suspended', { replace: true });
}

export function App({ i18n, client }: AppProps) {
  const [apollo] = useState(() => client ?? createApolloClient());
  const [router] = useState(() => createBrowserRouter(routes));
  return (
    <I18nextProvider i18n={i18n}>
      <ApolloProvider client={apollo}>
        <MantineProvider
          theme={theme}
          cssVariablesResolver={cssVariablesResolver}
          forceColorScheme="light"
        >
          <RealtimeProvider onRevoked={(reason) => void leaveOnRevocation(router, reason)}>
            <RouterProvider router={router} />
          </RealtimeProvider>
        </MantineProvider>
      </ApolloProvider>
    </I18nextProvider>
  );
}

import { render, screen } from '@testing-library/react';
import { MantineProvider } from '@mantine/core';
import { createInstance } from 'i18next';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { uiEn } from '../i18n/ui.resources';
import { PageHeading } from './page-heading';

function renderHeading(title: string) {
  const i18n = createInstance();
  void i18n.use(initReactI18next).init({
    lng: 'en',
    resources: { en: { ui: uiEn } },
    initAsync: false,
  });
  return render(
    <I18nextProvider i18n={i18n}>
      <MantineProvider>
        <button type="button">elsewhere</button>
        <PageHeading title={title} />
      </MantineProvider>
    </I18nextProvider>,
  );
}

describe('PageHeading', () => {
  it('names the document, and moves focus to the h1 only after a navigation', () => {
    screen.queryByRole('button')?.focus();
    const first = renderHeading('Sign in');
    expect(document.title).toBe('Sign in · Wide Open');
    // The first page of a visit leaves focus where the browser put it.
    expect(screen.getByRole('heading', { level: 1, name: 'Sign in' })).not.toHaveFocus();
    first.unmount();

    renderHeading('Your application');
    const heading = screen.getByRole('heading', { level: 1, name: 'Your application' });
    expect(document.title).toBe('Your application · Wide Open');
    expect(heading).toHaveFocus();
    // Focusable by script only: not an extra Tab stop.
    expect(heading).toHaveAttribute('tabindex', '-1');
  });
});

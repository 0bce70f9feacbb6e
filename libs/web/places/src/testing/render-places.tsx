import { type MockLink } from '@apollo/client/testing';
import { type RenderResult } from '@testing-library/react';
import { type Language } from '@wide-open/web/data-access';
import { renderWithProviders } from '@wide-open/web/testing';
import { type ReactNode } from 'react';
import { placePagesEn } from '../lib/i18n/place-pages.en';
import { placePagesFr } from '../lib/i18n/place-pages.fr';
import { placesEn, placesFr } from '../lib/i18n/places.resources';

/** A places component with the app's providers and a mocked GraphQL server. */
export function renderPlaces(
  element: ReactNode,
  { mocks = [], lng = 'en' }: { mocks?: MockLink.MockedResponse[]; lng?: Language } = {},
): RenderResult {
  return renderWithProviders(element, {
    mocks,
    lng,
    resources: {
      en: { places: placesEn, placePages: placePagesEn },
      fr: { places: placesFr, placePages: placePagesFr },
    },
  });
}

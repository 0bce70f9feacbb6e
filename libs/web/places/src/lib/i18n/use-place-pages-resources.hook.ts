import { useResourceBundle } from '@wide-open/web/data-access';
import { placePagesEn } from './place-pages.en';
import { placePagesFr } from './place-pages.fr';

/** The places' pages (index, page, form, challenges) bring their texts with their chunks. */
export function usePlacePagesResources(): void {
  useResourceBundle('placePages', { en: placePagesEn, fr: placePagesFr });
}

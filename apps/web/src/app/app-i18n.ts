import { accountsEn, accountsFr } from '@wide-open/web/accounts';
import { createI18n, type I18nOptions } from '@wide-open/web/data-access';
import { notificationsEn, notificationsFr } from '@wide-open/web/notifications';
import { placesEn, placesFr } from '@wide-open/web/places';
import { uiEn, uiFr } from '@wide-open/web/ui';
import { type i18n as I18n } from 'i18next';
import { appEn, appFr } from './app.resources';

/** Every namespace, in both languages; each feature owns its texts. */
export const appResources = {
  en: {
    common: appEn,
    ui: uiEn,
    accounts: accountsEn,
    places: placesEn,
    notifications: notificationsEn,
  },
  fr: {
    common: appFr,
    ui: uiFr,
    accounts: accountsFr,
    places: placesFr,
    notifications: notificationsFr,
  },
};

export function createAppI18n(options: I18nOptions = {}): I18n {
  return createI18n(appResources, options);
}

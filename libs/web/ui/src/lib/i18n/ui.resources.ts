export const uiEn = {
  skipToContent: 'Skip to content',
  appName: 'Wide Open',
  homeLink: 'Wide Open, home',
  mainNavigation: 'Main navigation',
  openNavigation: 'Open navigation',
  closeNavigation: 'Close navigation',
  titleSuffix: 'Wide Open',
  loading: 'Loading…',
  required: 'required',
  formHasErrors: 'Please correct the following:',
  characterCount: '{{count}} / {{max}} characters',
};

export const uiFr: typeof uiEn = {
  skipToContent: 'Aller au contenu',
  appName: 'Wide Open',
  homeLink: 'Wide Open, accueil',
  mainNavigation: 'Navigation principale',
  openNavigation: 'Ouvrir la navigation',
  closeNavigation: 'Fermer la navigation',
  titleSuffix: 'Wide Open',
  loading: 'Chargement…',
  required: 'obligatoire',
  formHasErrors: 'Merci de corriger ceci :',
  characterCount: '{{count}} / {{max}} caractères',
};

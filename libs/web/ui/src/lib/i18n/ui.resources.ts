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
  video: {
    notice:
      'This video is hosted by {{host}}. Nothing is loaded from {{host}} until you choose to play it.',
    load: 'Load the video from {{host}}',
    open: 'Watch on {{host}}',
  },
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
  video: {
    notice:
      'Cette vidéo est hébergée par {{host}}. Rien n’est chargé depuis {{host}} tant que vous ne choisissez pas de la lire.',
    load: 'Charger la vidéo depuis {{host}}',
    open: 'Voir sur {{host}}',
  },
};

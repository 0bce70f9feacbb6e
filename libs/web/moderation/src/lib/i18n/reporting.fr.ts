import { type reportingEn } from './reporting.en';

export const reportingFr: typeof reportingEn = {
  button: 'Signaler',
  buttonLabel: {
    POST: 'Signaler ce message de {{name}}',
    THREAD: 'Signaler ce fil de {{name}}',
    MESSAGE: 'Signaler ce message de {{name}}',
    MEMBER: 'Signaler {{name}}',
    PLACE: 'Signaler cette page de lieu',
  },
  title: {
    POST: 'Signaler un message',
    THREAD: 'Signaler un fil',
    MESSAGE: 'Signaler un message privé',
    MEMBER: 'Signaler un·e membre',
    PLACE: 'Signaler une page de lieu',
  },
  intro:
    'La modération lira votre signalement et décidera de la suite. L’auteur·rice ne saura pas qui l’a signalé·e.',
  reason: 'Pourquoi signalez-vous ceci ?',
  reasonHelp: 'Entre {{min}} et {{max}} caractères : ce qui pose problème, et où.',
  submit: 'Envoyer le signalement',
  cancel: 'Annuler',
  close: 'Fermer',
  sent: 'Merci : votre signalement a été transmis à la modération.',
  sentTitle: 'Signalement envoyé',
  required: 'Merci d’indiquer pourquoi vous signalez ceci.',
  tooShort: 'Merci d’écrire au moins {{min}} caractères.',
  tooLong: 'Merci d’écrire au plus {{max}} caractères.',
  errors: {
    CONFLICT: 'Vous avez déjà signalé ceci ; la modération va l’examiner.',
    NOT_FOUND: 'Ce contenu n’est plus disponible : il a peut-être déjà été retiré.',
    RATE_LIMITED:
      'Vous avez envoyé beaucoup de signalements en peu de temps. Merci de réessayer plus tard.',
    FORBIDDEN: 'Seul·es les membres actif·ves peuvent signaler.',
    UNAUTHENTICATED: 'Votre session a pris fin. Merci de vous reconnecter.',
    generic: 'Le signalement n’a pas pu être envoyé. Merci de réessayer.',
  },
};

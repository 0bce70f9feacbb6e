import { type privacyEn } from './privacy.en';

export const privacyFr: typeof privacyEn = {
  page: {
    title: 'Mes données',
    intro:
      'Ce que Wide Open garde de vous vous appartient : téléchargez-en une copie à tout moment, ou supprimez votre compte.',
    profileLink: 'Modifier mon profil',
  },
  export: {
    title: 'Télécharger mes données',
    body: 'Une archive (un fichier JSON) de votre profil, de vos réglages et de tout ce que vous avez écrit : lieux, leçons, discussions, messages du forum avec leurs versions précédentes, réactions, messages que vous avez envoyés, lieux suivis, notifications et signalements. Les messages des autres personnes n’y figurent pas.',
    request: 'Préparer mon archive',
    requesting: 'Préparation…',
    progressLabel: 'Préparation de votre archive',
    status: {
      QUEUED: 'En attente de démarrage…',
      RUNNING: 'Préparation de votre archive : {{progress}} %',
      READY: 'Votre archive est prête.',
      FAILED: 'La préparation de votre archive a échoué. Veuillez réessayer.',
    },
    download: 'Télécharger mes données',
    readyDetails: 'Prête le {{date}}, {{size}}. Disponible jusqu’au {{expires}}.',
    none: 'Vous n’avez pas encore demandé d’archive.',
    failed: 'La demande d’archive a échoué. Veuillez réessayer.',
    rateLimited: 'Vous avez demandé plusieurs archives aujourd’hui. Réessayez demain.',
  },
  delete: {
    title: 'Zone dangereuse',
    heading: 'Supprimer mon compte',
    body: 'Votre profil, votre adresse e-mail, votre avatar, vos sessions, notifications, abonnements et blocages sont effacés définitivement et vous êtes déconnecté·e partout. Ce que vous avez publié (lieux, leçons, discussions, messages) reste pour les personnes qui s’en servent, signé « Ancien membre ». Téléchargez vos données avant si vous voulez en garder une copie.',
    open: 'Supprimer mon compte…',
    dialogTitle: 'Supprimer définitivement votre compte ?',
    dialogBody: 'C’est irréversible. Pour confirmer, saisissez votre mot de passe.',
    password: 'Votre mot de passe',
    confirm: 'Supprimer mon compte',
    cancel: 'Annuler',
    required: 'Saisissez votre mot de passe pour confirmer.',
    wrongPassword: 'Ce n’est pas votre mot de passe actuel.',
    lastAdmin:
      'Vous êtes le dernier administrateur : donnez d’abord le rôle d’administrateur à quelqu’un d’autre.',
    rateLimited: 'Trop de tentatives. Réessayez dans quelques minutes.',
    failed: 'Votre compte n’a pas pu être supprimé. Veuillez réessayer.',
  },
  deleted: {
    title: 'Votre compte a été supprimé',
    body: 'Vos données personnelles ont été effacées et vous êtes déconnecté·e. Merci pour ce que vous avez partagé.',
  },
};

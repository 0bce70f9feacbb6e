import type { OutgoingMail } from '@wide-open/api/core';

type Locale = 'fr' | 'en';
const pick = (locale: string): Locale => (locale === 'fr' ? 'fr' : 'en');

/** The emails of the membership flow, in the recipient's language. */
export const accountEmails = {
  applicationReceived(
    to: { email: string; displayName: string; locale: string },
    url: string,
  ): OutgoingMail {
    const fr = pick(to.locale) === 'fr';
    return {
      to: to.email,
      subject: fr
        ? 'Wide Open : nous avons reçu votre demande'
        : 'Wide Open: we received your application',
      text: fr
        ? `Bonjour ${to.displayName},\n\nMerci de votre demande d'adhésion à Wide Open. Un·e modérateur·rice la lira bientôt ; vous recevrez un email dès qu'elle sera examinée.\n\nSuivre votre demande : ${url}/application\n`
        : `Hello ${to.displayName},\n\nThank you for applying to Wide Open. A moderator will read your application soon; you will get an email as soon as it is reviewed.\n\nFollow your application: ${url}/application\n`,
    };
  },

  approved(
    to: { email: string; displayName: string; locale: string },
    message: string | null,
    url: string,
  ): OutgoingMail {
    const fr = pick(to.locale) === 'fr';
    const note = message ? `\n\n${message}\n` : '\n';
    return {
      to: to.email,
      subject: fr ? 'Bienvenue dans Wide Open' : 'Welcome to Wide Open',
      text: fr
        ? `Bonjour ${to.displayName},\n\nVotre demande a été acceptée : vous êtes membre de Wide Open.${note}\nConnectez-vous : ${url}/sign-in\n`
        : `Hello ${to.displayName},\n\nYour application was approved: you are now a member of Wide Open.${note}\nSign in: ${url}/sign-in\n`,
    };
  },

  rejected(
    to: { email: string; displayName: string; locale: string },
    reason: string,
  ): OutgoingMail {
    const fr = pick(to.locale) === 'fr';
    return {
      to: to.email,
      subject: fr ? "Votre demande d'adhésion à Wide Open" : 'Your application to Wide Open',
      text: fr
        ? `Bonjour ${to.displayName},\n\nNous ne pouvons pas accepter votre demande pour le moment. Motif :\n\n${reason}\n`
        : `Hello ${to.displayName},\n\nWe cannot accept your application at this time. Reason:\n\n${reason}\n`,
    };
  },
};

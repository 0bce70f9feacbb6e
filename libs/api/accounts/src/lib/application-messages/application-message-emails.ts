import type { OutgoingMail } from '@wide-open/api/core';

type Person = { email: string; displayName: string; locale: string };

const excerpt = (body: string) => (body.length > 600 ? `${body.slice(0, 600)}…` : body);

/** Emails of the exchange on an application, in the recipient's language. */
export const applicationMessageEmails = {
  toApplicant(to: Person, body: string, url: string): OutgoingMail {
    const fr = to.locale === 'fr';
    return {
      to: to.email,
      subject: fr
        ? 'Wide Open : un·e modérateur·rice vous a écrit'
        : 'Wide Open: a moderator wrote to you',
      text: fr
        ? `Bonjour ${to.displayName},\n\nÀ propos de votre demande d'adhésion, l'équipe de modération vous écrit :\n\n${excerpt(body)}\n\nRépondre : ${url}/application\n`
        : `Hello ${to.displayName},\n\nAbout your application, the moderation team writes:\n\n${excerpt(body)}\n\nAnswer: ${url}/application\n`,
    };
  },

  toModerator(to: Person, applicant: { displayName: string }, body: string, url: string) {
    const fr = to.locale === 'fr';
    return {
      to: to.email,
      subject: fr
        ? `${applicant.displayName} a répondu à propos de sa demande`
        : `${applicant.displayName} answered about their application`,
      text: fr
        ? `${applicant.displayName} répond :\n\n${excerpt(body)}\n\nFile des demandes : ${url}/moderation/applications\n`
        : `${applicant.displayName} answers:\n\n${excerpt(body)}\n\nApplication queue: ${url}/moderation/applications\n`,
    } satisfies OutgoingMail;
  },
};

import type { OutgoingMail } from '@wide-open/api/core';

/** "Tomorrow: …", in the attendee's language, with the time where the event happens. */
export function reminderEmail(
  to: { email: string; displayName: string; locale: string },
  event: { id: string; title: string; startsAt: Date; timeZone: string; where: string | null },
  url: string,
): OutgoingMail {
  const fr = to.locale === 'fr';
  const when = new Intl.DateTimeFormat(fr ? 'fr-FR' : 'en-GB', {
    dateStyle: 'full',
    timeStyle: 'short',
    timeZone: event.timeZone,
  }).format(event.startsAt);
  const link = `${url}/events/${event.id}`;
  const where = event.where ? (fr ? `Lieu : ${event.where}\n` : `Where: ${event.where}\n`) : '';
  return {
    to: to.email,
    subject: fr ? `Demain : ${event.title}` : `Tomorrow: ${event.title}`,
    text: fr
      ? `Bonjour ${to.displayName},\n\nVous êtes inscrit·e à « ${event.title} », ${when} (${event.timeZone}).\n${where}\nLes détails : ${link}\nVous ne pouvez plus venir ? Libérez votre place pour la personne suivante sur la liste d’attente depuis la page de l’événement.\n`
      : `Hello ${to.displayName},\n\nYou are going to “${event.title}”, ${when} (${event.timeZone}).\n${where}\nDetails: ${link}\nCannot make it? Free your seat for the next person on the waiting list from the event page.\n`,
  };
}

import type { OutgoingMail } from '@wide-open/api/core';
import type { DigestPeriod } from '../notification-rules';
import { NotificationDelivery } from '../notification-rules';
import { localeOf, notificationText, typeLabel } from './notification-texts';

export interface MailRecipient {
  email: string;
  displayName: string;
  locale: string;
}

export interface MailItem {
  type: string;
  payload: Record<string, unknown>;
  createdAt: Date;
}

/** Builds each type's unsubscribe address (signed, works without signing in). */
export type UnsubscribeUrl = (type: string) => string;

const quote = (excerpt: string) =>
  excerpt
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n');

/** One notification, emailed at once, in the member's language. */
export function immediateEmail(
  to: MailRecipient,
  item: MailItem,
  baseUrl: string,
  unsubscribeUrl: UnsubscribeUrl,
): OutgoingMail {
  const locale = localeOf(to.locale);
  const fr = locale === 'fr';
  const { title, excerpt, path } = notificationText(item.type, item.payload, locale);
  const stop = unsubscribeUrl(item.type);
  const label = typeLabel(item.type, locale);
  const lines = [
    fr ? `Bonjour ${to.displayName},` : `Hello ${to.displayName},`,
    '',
    title,
    ...(excerpt ? ['', quote(excerpt)] : []),
    '',
    fr ? `Voir sur Wide Open : ${baseUrl}${path}` : `Open it on Wide Open: ${baseUrl}${path}`,
    '',
    '-- ',
    fr
      ? `Vous recevez cet email car « ${label} » sont envoyés par email.`
      : `You receive this email because “${label}” are set to email.`,
    fr
      ? `Ne plus les recevoir par email (sans vous connecter) : ${stop}`
      : `Stop these emails (no sign-in needed): ${stop}`,
    fr
      ? `Choisir ce que vous recevez : ${baseUrl}/settings/notifications`
      : `Choose what you receive: ${baseUrl}/settings/notifications`,
    '',
  ];
  return {
    to: to.email,
    subject: title,
    text: lines.join('\n'),
    headers: listUnsubscribe(stop),
  };
}

/** Everything a daily or weekly digest carries, newest last, with one unsubscribe link per type. */
export function digestEmail(
  to: MailRecipient,
  period: DigestPeriod,
  items: MailItem[],
  more: number,
  baseUrl: string,
  unsubscribeUrl: UnsubscribeUrl,
): OutgoingMail {
  const locale = localeOf(to.locale);
  const fr = locale === 'fr';
  const daily = period === NotificationDelivery.DAILY;
  const count = items.length + more;
  const what = `${count} notification${count > 1 ? 's' : ''}`;
  const subject = fr
    ? `Wide Open : votre résumé ${daily ? 'du jour' : 'de la semaine'} (${what})`
    : `Wide Open: your ${daily ? 'daily' : 'weekly'} digest (${what})`;
  const date = new Intl.DateTimeFormat(fr ? 'fr-FR' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'UTC',
  });
  const body = items.flatMap((item) => {
    const { title, excerpt, path } = notificationText(item.type, item.payload, locale);
    return [
      `* ${title} (${date.format(item.createdAt)} UTC)`,
      ...(excerpt ? [quote(excerpt)] : []),
      `  ${baseUrl}${path}`,
      '',
    ];
  });
  const types = [...new Set(items.map((i) => i.type))];
  const stops = types.map((type) =>
    fr
      ? `Ne plus recevoir « ${typeLabel(type, locale)} » par email : ${unsubscribeUrl(type)}`
      : `Stop emails about “${typeLabel(type, locale)}”: ${unsubscribeUrl(type)}`,
  );
  const lines = [
    fr ? `Bonjour ${to.displayName},` : `Hello ${to.displayName},`,
    '',
    fr
      ? `Voici ce qui s'est passé sur Wide Open ${daily ? 'depuis votre dernier résumé' : 'cette semaine'} :`
      : `Here is what happened on Wide Open ${daily ? 'since your last digest' : 'this week'}:`,
    '',
    ...body,
    ...(more > 0
      ? [
          fr
            ? `… et ${more} de plus : ${baseUrl}/notifications`
            : `… and ${more} more: ${baseUrl}/notifications`,
          '',
        ]
      : []),
    '-- ',
    ...stops,
    fr
      ? `Choisir ce que vous recevez : ${baseUrl}/settings/notifications`
      : `Choose what you receive: ${baseUrl}/settings/notifications`,
    '',
  ];
  return {
    to: to.email,
    subject,
    text: lines.join('\n'),
    headers: types.length === 1 ? listUnsubscribe(unsubscribeUrl(types[0])) : undefined,
  };
}

/** RFC 8058: mail clients show an "Unsubscribe" button that POSTs to the same address. */
function listUnsubscribe(url: string): Record<string, string> {
  return { 'List-Unsubscribe': `<${url}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' };
}

export const notificationsEn = {
  bell: {
    label: 'Notifications',
    labelUnread_one: 'Notifications, {{count}} unread',
    labelUnread_other: 'Notifications, {{count}} unread',
    arrived: 'New notification: {{text}}',
    unread_one: '{{count}} unread',
    unread_other: '{{count}} unread',
  },
  page: {
    title: 'Notifications',
    all: 'All',
    unread: 'Unread only',
    show: 'Show',
    markAllRead: 'Mark all as read',
    markRead: 'Mark as read',
    markReadLabel: 'Mark as read: {{text}}',
    empty: 'Nothing new. Mentions and replies to threads you follow appear here.',
    error: 'The notifications could not be loaded.',
    loadMore: 'Load more notifications',
    unreadMark: 'Unread',
    allRead: 'All notifications are marked as read.',
  },
  type: {
    MENTION: '{{name}} mentioned you in “{{thread}}”',
    THREAD_REPLY: '{{name}} replied in “{{thread}}”',
    EVENT_SEAT_FREED: 'A seat freed up: you are going to “{{event}}”',
    EVENT_REMINDER: 'Reminder: “{{event}}” starts in less than a day',
    OTHER: 'News in “{{thread}}”',
  },
};

export const notificationsFr: typeof notificationsEn = {
  bell: {
    label: 'Notifications',
    labelUnread_one: 'Notifications, {{count}} non lue',
    labelUnread_other: 'Notifications, {{count}} non lues',
    arrived: 'Nouvelle notification : {{text}}',
    unread_one: '{{count}} non lue',
    unread_other: '{{count}} non lues',
  },
  page: {
    title: 'Notifications',
    all: 'Toutes',
    unread: 'Non lues seulement',
    show: 'Afficher',
    markAllRead: 'Tout marquer comme lu',
    markRead: 'Marquer comme lue',
    markReadLabel: 'Marquer comme lue : {{text}}',
    empty:
      'Rien de nouveau. Les mentions et les réponses aux fils que vous suivez apparaissent ici.',
    error: 'Impossible de charger les notifications.',
    loadMore: 'Afficher plus de notifications',
    unreadMark: 'Non lue',
    allRead: 'Toutes les notifications sont marquées comme lues.',
  },
  type: {
    MENTION: '{{name}} vous a mentionné·e dans « {{thread}} »',
    THREAD_REPLY: '{{name}} a répondu dans « {{thread}} »',
    EVENT_SEAT_FREED: 'Une place s’est libérée : vous venez à « {{event}} »',
    EVENT_REMINDER: 'Rappel : « {{event}} » commence dans moins d’un jour',
    OTHER: 'Du nouveau dans « {{thread}} »',
  },
};

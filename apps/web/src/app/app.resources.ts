export const appEn = {
  nav: { events: 'Events', journal: 'Journal', guide: 'Guide' },
  notFound: {
    title: 'Page not found',
    body: 'This page does not exist, or it moved.',
    home: 'Back to home',
  },
};

export const appFr: typeof appEn = {
  nav: { events: 'Événements', journal: 'Journal', guide: 'Guide' },
  notFound: {
    title: 'Page introuvable',
    body: "Cette page n'existe pas, ou elle a changé d'adresse.",
    home: "Retour à l'accueil",
  },
};

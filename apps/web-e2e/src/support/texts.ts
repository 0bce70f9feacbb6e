// What a person reads on screen, in each language: the journeys select by these visible names
// and labels, as people (and screen readers) do.
export type Lang = 'en' | 'fr';

export const texts = {
  en: {
    switchTo: 'English',
    landingTitle: /community of people who build tiers-lieux/,
    applyLink: 'Apply to join',
    signUpTitle: 'Apply to join Wide Open',
    displayName: 'Name shown to members',
    email: 'Email',
    password: 'Password',
    role: 'Researcher',
    motivation: 'Why do you want to join?',
    submitApplication: 'Send my application',
    underReview: 'Your application is under review',
    signOut: 'Sign out',
    signInTitle: 'Sign in',
    signInButton: 'Sign in',
    reviewLink: 'Review applications',
    queueTitle: 'Applications to review',
    approve: (name: string) => `Approve ${name}`,
    reject: (name: string) => `Reject ${name}`,
    welcomeField: 'Welcome message (optional)',
    reasonField: 'Reason',
    confirmApprove: 'Approve and welcome',
    confirmReject: 'Reject the application',
    approved: (name: string) => `${name} was approved.`,
    rejected: (name: string) => `${name} was rejected.`,
    hello: (name: string) => `Hello, ${name}`,
    welcomeHeading: 'Your welcome message',
    rejectedTitle: 'Your application was not accepted.',
    rejectedReason: (reason: string) => `Moderator’s reason: ${reason}`,
    placesHeading: 'Places in the network',
  },
  fr: {
    switchTo: 'Français',
    landingTitle: /la communauté de celles et ceux qui font les tiers-lieux/,
    applyLink: 'Demander à rejoindre',
    signUpTitle: 'Demander à rejoindre Wide Open',
    displayName: 'Nom affiché aux membres',
    email: 'E-mail',
    password: 'Mot de passe',
    role: 'Chercheur·se',
    motivation: 'Pourquoi voulez-vous nous rejoindre ?',
    submitApplication: 'Envoyer ma candidature',
    underReview: 'Votre candidature est en cours d’examen',
    signOut: 'Se déconnecter',
    signInTitle: 'Se connecter',
    signInButton: 'Se connecter',
    reviewLink: 'Examiner les candidatures',
    queueTitle: 'Candidatures à examiner',
    approve: (name: string) => `Accepter ${name}`,
    reject: (name: string) => `Refuser ${name}`,
    welcomeField: 'Message de bienvenue (facultatif)',
    reasonField: 'Motif',
    confirmApprove: 'Accepter et souhaiter la bienvenue',
    confirmReject: 'Refuser la candidature',
    approved: (name: string) => `${name} a été accepté·e.`,
    rejected: (name: string) => `${name} a été refusé·e.`,
    hello: (name: string) => `Bonjour, ${name}`,
    welcomeHeading: 'Votre message de bienvenue',
    rejectedTitle: "Votre candidature n'a pas été retenue.",
    rejectedReason: (reason: string) => `Motif de la modération : ${reason}`,
    placesHeading: 'Les lieux du réseau',
  },
} as const;

export const moderator = { email: 'camille@demo.wide-open.org', password: 'tiers-lieux-demo' };

/** A person nobody else in this run uses: parallel workers never share an applicant. */
export function newApplicant(lang: Lang, tag: string) {
  const id = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 7)}`;
  return {
    displayName: lang === 'fr' ? `Élise Test ${id}` : `Grace Test ${id}`,
    email: `${tag}-${id}@e2e.wide-open.test`,
    // The API refuses passwords containing the name or email, hence no id in it.
    password: `green roofs and shared ${Math.random().toString(36).slice(2, 8)} workshops`,
    motivation:
      lang === 'fr'
        ? `Je coordonne un atelier partagé à Lyon (${id}) et je veux apprendre des autres lieux.`
        : `I run a shared workshop in Detroit (${id}) and want to learn from other places.`,
  };
}

export type Applicant = ReturnType<typeof newApplicant>;

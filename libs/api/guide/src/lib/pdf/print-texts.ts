import { GuideStage } from '@wide-open/shared/contracts';

export type PrintLang = 'fr' | 'en';

/** The printed guide's own words, in both languages. */
export const printTexts: Record<
  PrintLang,
  {
    title: string;
    subtitle: string;
    contents: string;
    updated: string;
    unavailable: string;
    lessonAt: string;
    stages: Record<GuideStage, string>;
  }
> = {
  en: {
    title: 'From idea to action',
    subtitle: 'The Wide Open guide to building a tiers-lieu',
    contents: 'Contents',
    updated: 'Updated on',
    unavailable: 'reference no longer available',
    lessonAt: 'lesson learned at',
    stages: {
      [GuideStage.IDEA]: 'The idea',
      [GuideStage.SITE]: 'Finding a site',
      [GuideStage.BUSINESS_MODEL]: 'Business model',
      [GuideStage.COMMUNITY]: 'Community',
      [GuideStage.GOVERNANCE]: 'Governance',
      [GuideStage.IMPACT]: 'Measuring impact',
      [GuideStage.SCALING]: 'Scaling',
    },
  },
  fr: {
    title: "De l'idée à l'action",
    subtitle: 'Le guide Wide Open pour créer un tiers-lieu',
    contents: 'Sommaire',
    updated: 'Mis à jour le',
    unavailable: 'référence qui n’est plus disponible',
    lessonAt: 'enseignement tiré de',
    stages: {
      [GuideStage.IDEA]: "L'idée",
      [GuideStage.SITE]: 'Trouver un lieu',
      [GuideStage.BUSINESS_MODEL]: 'Modèle économique',
      [GuideStage.COMMUNITY]: 'Communauté',
      [GuideStage.GOVERNANCE]: 'Gouvernance',
      [GuideStage.IMPACT]: "Mesurer l'impact",
      [GuideStage.SCALING]: 'Essaimer',
    },
  },
};

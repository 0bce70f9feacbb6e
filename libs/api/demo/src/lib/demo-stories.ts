import { Challenge } from '@wide-open/shared/contracts';

/** A research journal story of the demo: every fact in it comes from data/places.json. */
export interface DemoStory {
  /** The `name` of the places it is about, in data/places.json. */
  places: string[];
  title: string;
  summary: string;
  body: string;
  language: 'fr' | 'en';
  challenges: Challenge[];
  published: boolean;
}

export const demoStories: DemoStory[] = [
  {
    places: ['Les Grands Voisins'],
    title: 'Les Grands Voisins: a hospital that became a neighbourhood',
    summary:
      'How a temporary occupation of the former Saint-Vincent-de-Paul hospital in Paris mixed emergency housing, workshops and public spaces, and helped pay for itself.',
    language: 'en',
    challenges: [Challenge.COMMUNITY_EMPOWERMENT, Challenge.BUSINESS_MODEL],
    published: true,
    body: `The former Saint-Vincent-de-Paul hospital covers 3.4 hectares of Paris 14e. From **October 2015**, it was opened to the public as *Les Grands Voisins*, a temporary occupation run by Aurore, Yes We Camp and Plateau Urbain until the site became a new neighbourhood.

## Who lived and worked there

- about **600 people** housed;
- some **140 associations, companies and artists** hosted on site (figures from Paris & Métropole Aménagement);
- workshops, small businesses and open public spaces side by side.

## Paying for the fitting-out

Renting halls to companies on closing days helped fund the site's fitting-out.

> The question we bring to every place of the tour: who pays for what, and who gets to stay?`,
  },
  {
    places: ['Ponyride'],
    title: 'Ponyride : un atelier à bas loyer au cœur de Detroit',
    summary:
      'Une imprimerie saisie à Corktown, achetée 100 000 dollars en 2011 et louée à bas prix aux artistes, artisans et entrepreneurs à vocation sociale.',
    language: 'fr',
    challenges: [Challenge.BUSINESS_MODEL, Challenge.SCALING],
    published: true,
    body: `À Corktown, Ponyride a transformé une imprimerie saisie de **30 000 pieds carrés** en espaces à bas loyer pour des artistes, des artisans et des entrepreneurs à vocation sociale.

## Un modèle économique simple

- le bâtiment a été acheté en **2011 pour 100 000 dollars** ;
- le loyer allait d'environ **0,10 à 0,25 dollar le pied carré**, charges comprises ;
- plus de **60 entrepreneurs** y ont été accueillis pendant ses cinq premières années.

## Changer d'échelle… en rétrécissant

Ponyride a ensuite déménagé sur un plateau plus petit à Core City, pour se concentrer sur les *makers*. Grandir n'est pas toujours s'agrandir : c'est parfois choisir qui l'on sert.`,
  },
  {
    places: ['Gawad Kalinga Enchanted Farm'],
    title: 'Enchanted Farm: a village that incubates social enterprises',
    summary:
      "North of Manila, a Gawad Kalinga community lives alongside the social enterprises it incubates: a farm, a village and a 'university' in one place.",
    language: 'en',
    challenges: [Challenge.COMMUNITY_EMPOWERMENT, Challenge.SCALING],
    published: true,
    body: `Construction of the Enchanted Farm began in **2010** in Barangay Encanto, Angat, north of Manila. It was conceived as the first of a planned network of *Centers for Social Innovation* in the Philippines, by Gawad Kalinga, the movement founded by Antonio Meloto.

## Three things in one place

1. **A farm**, with agri-based products;
2. **a village**, where a Gawad Kalinga community lives;
3. **a "university"**, with training and social tourism.

The community lives alongside the social enterprises that the farm incubates: the people an enterprise should benefit are its neighbours.`,
  },
  {
    places: ['Prinzessinnengarten'],
    title: 'Prinzessinnengarten: a garden built to move',
    summary:
      'A community garden on a long-vacant lot at Moritzplatz, grown in crates and sacks so that it could move.',
    language: 'en',
    challenges: [Challenge.COMMUNITY_EMPOWERMENT, Challenge.GOVERNANCE],
    published: false,
    body: `Started in **2009** by Nomadisch Grün on a long-vacant lot at Moritzplatz, Kreuzberg, the Prinzessinnengarten grows in crates and sacks, so that the whole garden could move.

*Draft: notes on how a mobile garden is governed are still to come.*`,
  },
];

// Seeded text for the benches: the field's vocabulary (French and English, with accents), a
// long tail of 5 000 terms and 400 rare words, drawn with a rank-frequency close to Zipf's.
// bench/search.mjs and bench/seed.mjs build the same kind of corpus from it, run after run.

export const words =
  `tiers-lieu friche quartier habitants association économie modèle loyer subvention bénévoles
  gouvernance impact mesurer social solidaire coopérative atelier fablab jardin cantine résidence artistes
  community rent funding volunteers governance impact measure social cooperative workshop garden kitchen
  residents artists incubator makers scaling network territory municipality landlord lease temporary
  occupation hospital factory warehouse festival market training employment inclusion migrants youth
  elders children school library culture music theatre dance repair recycling energy housing emergency
  donation crowdfunding foundation grant budget revenue membership café bar events hall coworking`
    .split(/\s+/)
    .filter(Boolean);
export const rare = Array.from({ length: 400 }, (_, i) => `mot${i}rare`);
// Real vocabularies are long-tailed: the field's words first, then 5 000 others; draws favour
// the start of the list, so a common word is in a few % of posts.
export const vocabulary = [...words, ...Array.from({ length: 5000 }, (_, i) => `terme${i}`)];

/** A seeded xorshift32 generator in [0, 1): every run draws the same sequence. */
export const generator = (seed) => {
  seed |= 0;
  if (seed === 0) seed = 0x9e3779b9;
  return () => {
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    return (seed >>> 0) / 4294967296;
  };
};

/** `n` words: 0.2 % rare ones, the rest Zipf-like over the vocabulary. */
export const body = (random, n) => {
  const out = new Array(n);
  for (let k = 0; k < n; k++)
    out[k] =
      random() < 0.002
        ? rare[Math.floor(random() * rare.length)]
        : vocabulary[Math.floor(Math.pow(random(), 1.4) * vocabulary.length)];
  return out.join(' ');
};

export const pick = (random, list) => list[Math.floor(random() * list.length)];

/** A sentence-cased phrase of `n` words from the field's vocabulary (titles, names). */
export const title = (random, n) => {
  const s = body(random, n);
  return s.charAt(0).toUpperCase() + s.slice(1);
};

export const firstNames =
  `Léa Camille Manon Inès Chloé Sarah Jade Louise Emma Zoé Lucas Hugo Louis Nathan Théo
  Jules Gabriel Arthur Raphaël Noah Aisha Fatou Mamadou Youssef Karim Amina Chen Wei Priya Ravi Ana Sofia
  Diego Mateo Lucía Marta Jonas Lena Finn Mia Olu Ngozi Kwame Akua Hiro Yuki Marco Giulia Tomás Inés`
    .split(/\s+/)
    .filter(Boolean);
export const lastNames =
  `Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Simon Laurent
  Lefèvre Michel Garcia David Bertrand Roux Vincent Fournier Diallo Traoré Nguyen Haddad Benali Okafor
  Mensah Santos Silva Rossi Bianchi Müller Schmidt Novak Kowalski Tanaka Sato Kim Park Singh Patel`
    .split(/\s+/)
    .filter(Boolean);
export const cities = [
  ['Paris', 'FR', 48.85, 2.35],
  ['Lyon', 'FR', 45.76, 4.84],
  ['Marseille', 'FR', 43.3, 5.37],
  ['Nantes', 'FR', 47.22, -1.55],
  ['Lille', 'FR', 50.63, 3.06],
  ['Bordeaux', 'FR', 44.84, -0.58],
  ['Bruxelles', 'BE', 50.85, 4.35],
  ['Montréal', 'CA', 45.5, -73.57],
  ['Detroit', 'US', 42.33, -83.05],
  ['Manila', 'PH', 14.6, 120.98],
  ['Berlin', 'DE', 52.52, 13.4],
  ['Barcelona', 'ES', 41.39, 2.17],
  ['Dakar', 'SN', 14.72, -17.47],
  ['Lisboa', 'PT', 38.72, -9.14],
  ['Torino', 'IT', 45.07, 7.69],
  ['Genève', 'CH', 46.2, 6.15],
];

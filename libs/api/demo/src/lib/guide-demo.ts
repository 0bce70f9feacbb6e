import type { EntityManager } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { GuideChapterEntity, GuideChapterVersionEntity } from '@wide-open/api/guide';
import { LessonEntity, PlaceEntity } from '@wide-open/api/places';
import { Challenge, GuideStage } from '@wide-open/shared/contracts';

interface DemoChapter {
  slug: string;
  stage: GuideStage;
  challenges: Challenge[];
  titleEn: string;
  titleFr: string;
  /** `{lesson:<place slug>}` becomes a live reference to that place's demo lesson. */
  bodyEn: string;
  bodyFr: string;
}

/** One short first chapter per stage, drawn from the demo places' public facts. */
export const demoChapters: DemoChapter[] = [
  {
    slug: 'start-from-a-need',
    stage: GuideStage.IDEA,
    challenges: [Challenge.COMMUNITY_EMPOWERMENT],
    titleEn: 'Start from a need, not a building',
    titleFr: "Partir d'un besoin, pas d'un bâtiment",
    bodyEn:
      'The tiers-lieux of the research tour began with people before walls. Gawad Kalinga built its Enchanted Farm, from 2010, as the first of a planned network of Centers for Social Innovation: the idea came first, the site followed.\n\n- Write down who the place is for, in one sentence.\n- Meet them before you sign anything.\n\n[[place:gawad-kalinga-enchanted-farm]]\n\n{lesson:gawad-kalinga-enchanted-farm}',
    bodyFr:
      "Les tiers-lieux du tour de recherche ont commencé par des personnes avant les murs. Gawad Kalinga a bâti son Enchanted Farm, à partir de 2010, comme le premier d'un réseau prévu de centres d'innovation sociale : l'idée d'abord, le lieu ensuite.\n\n- Écrivez pour qui est le lieu, en une phrase.\n- Rencontrez ces personnes avant de signer quoi que ce soit.\n\n[[place:gawad-kalinga-enchanted-farm]]\n\n{lesson:gawad-kalinga-enchanted-farm}",
  },
  {
    slug: 'finding-a-site',
    stage: GuideStage.SITE,
    challenges: [Challenge.REAL_ESTATE],
    titleEn: 'Finding a site: empty buildings and temporary use',
    titleFr: 'Trouver un lieu : bâtiments vides et occupation temporaire',
    bodyEn:
      'Many places start in buildings nobody uses. Les Grands Voisins opened in October 2015 in a former hospital; La REcyclerie occupies the old Ornano station of the Petite Ceinture line; Darwin took over the former Niel barracks in Bordeaux.\n\n> A temporary occupation is a way to prove the idea before buying.\n\n[[place:les-grands-voisins]] · [[place:la-recyclerie]] · [[place:darwin-ecosysteme]]',
    bodyFr:
      "Beaucoup de lieux naissent dans des bâtiments inutilisés. Les Grands Voisins ont ouvert en octobre 2015 dans un ancien hôpital ; La REcyclerie occupe l'ancienne gare Ornano de la Petite Ceinture ; Darwin a repris l'ancienne caserne Niel à Bordeaux.\n\n> Une occupation temporaire permet de prouver l'idée avant d'acheter.\n\n[[place:les-grands-voisins]] · [[place:la-recyclerie]] · [[place:darwin-ecosysteme]]",
  },
  {
    slug: 'a-business-model-that-serves-the-mission',
    stage: GuideStage.BUSINESS_MODEL,
    challenges: [Challenge.BUSINESS_MODEL, Challenge.FUNDING],
    titleEn: 'A business model that serves the mission',
    titleFr: 'Un modèle économique au service de la mission',
    bodyEn:
      'Ponyride bought its Detroit building in 2011 for $100,000 and rented space at roughly $0.10 to $0.25 per square foot, utilities included: more than 60 entrepreneurs were hosted in its first five years. Low rent was the mission, not a loss.\n\n{lesson:ponyride}',
    bodyFr:
      'Ponyride a acheté son bâtiment de Detroit en 2011 pour 100 000 $ et louait ses espaces environ 0,10 à 0,25 $ le pied carré, charges comprises : plus de 60 entrepreneurs accueillis en cinq ans. Le loyer bas était la mission, pas une perte.\n\n{lesson:ponyride}',
  },
  {
    slug: 'a-community-that-owns-the-place',
    stage: GuideStage.COMMUNITY,
    challenges: [Challenge.COMMUNITY_EMPOWERMENT, Challenge.DIVERSITY_CREATIVITY],
    titleEn: 'A community that owns the place',
    titleFr: 'Une communauté qui fait sien le lieu',
    bodyEn:
      'At Les Grands Voisins, about 600 people were housed while some 140 associations, companies and artists worked on site. Mixing people who would not otherwise meet is what made the place creative.\n\n{lesson:les-grands-voisins}',
    bodyFr:
      'Aux Grands Voisins, environ 600 personnes étaient hébergées tandis que quelque 140 associations, entreprises et artistes travaillaient sur place. Mêler des personnes qui ne se seraient pas croisées a rendu le lieu créatif.\n\n{lesson:les-grands-voisins}',
  },
  {
    slug: 'sharing-decisions',
    stage: GuideStage.GOVERNANCE,
    challenges: [Challenge.GOVERNANCE],
    titleEn: 'Sharing decisions',
    titleFr: 'Partager les décisions',
    bodyEn:
      'Auroville, founded in 1968, and Prinzessinnengarten, started in Berlin in 2009 by Nomadisch Grün, show two scales of shared governance: a township and a garden. Both write down who decides what.\n\n[[place:auroville]] · [[place:prinzessinnengarten]]',
    bodyFr:
      'Auroville, fondée en 1968, et les Prinzessinnengarten, lancés à Berlin en 2009 par Nomadisch Grün, montrent deux échelles de gouvernance partagée : une ville et un jardin. Tous deux écrivent qui décide de quoi.\n\n[[place:auroville]] · [[place:prinzessinnengarten]]',
  },
  {
    slug: 'measuring-what-matters',
    stage: GuideStage.IMPACT,
    challenges: [Challenge.IMPACT_MEASUREMENT],
    titleEn: 'Measuring what matters',
    titleFr: 'Mesurer ce qui compte',
    bodyEn:
      'Count a few things from the first day: people hosted, activities, money that stays local. La REcyclerie and Fab Lab Barcelona both report on what they change, not only on visitors.\n\n{lesson:la-recyclerie}',
    bodyFr:
      "Comptez quelques chiffres dès le premier jour : personnes accueillies, activités, argent qui reste sur le territoire. La REcyclerie et le Fab Lab Barcelona rendent compte de ce qu'ils changent, pas seulement des visites.\n\n{lesson:la-recyclerie}",
  },
  {
    slug: 'scaling-by-sharing',
    stage: GuideStage.SCALING,
    challenges: [Challenge.SCALING],
    titleEn: 'Scaling by sharing, not by copying',
    titleFr: 'Essaimer en partageant, pas en copiant',
    bodyEn:
      'Fab Lab Barcelona, part of the Institute for Advanced Architecture of Catalonia, grew a network by sharing its methods. A place spreads when others can adapt it to their own territory.\n\n{lesson:fab-lab-barcelona}',
    bodyFr:
      "Le Fab Lab Barcelona, rattaché à l'Institut d'architecture avancée de Catalogne, a fait naître un réseau en partageant ses méthodes. Un lieu essaime quand d'autres peuvent l'adapter à leur territoire.\n\n{lesson:fab-lab-barcelona}",
  },
];

/**
 * The guide's first chapters, published, when the guide is empty (idempotent: a second start
 * adds nothing). Lessons are referenced by id, found through their place's slug; a chapter
 * whose place is missing loses only that line.
 */
export async function seedGuide(manager: EntityManager, authorId: string): Promise<number> {
  if ((await manager.count(GuideChapterEntity)) > 0) return 0;
  const lessons = await manager
    .createQueryBuilder(LessonEntity, 'l')
    .innerJoinAndSelect('l.place', 'p')
    .orderBy('l.created_at', 'ASC')
    .getMany();
  const lessonBySlug = new Map<string, string>();
  for (const lesson of lessons)
    if (lesson.place && !lessonBySlug.has(lesson.place.slug))
      lessonBySlug.set(lesson.place.slug, lesson.id);
  const slugs = new Set(
    (await manager.find(PlaceEntity, { select: { slug: true } })).map((p) => p.slug),
  );
  const resolve = (body: string) =>
    body
      .replace(/\{lesson:([a-z0-9-]+)\}/g, (_all, slug: string) =>
        lessonBySlug.has(slug) ? `[[lesson:${lessonBySlug.get(slug)}]]` : '',
      )
      .replace(/\[\[place:([a-z0-9-]+)\]\]/g, (all, slug: string) => (slugs.has(slug) ? all : ''));
  const now = new Date();
  // Positions are unique within a stage (a deferred constraint): number each stage's chapters.
  const nextInStage = new Map<GuideStage, number>();
  for (const chapter of demoChapters) {
    const position = nextInStage.get(chapter.stage) ?? 0;
    nextInStage.set(chapter.stage, position + 1);
    const id = uuidv7();
    const versionId = uuidv7();
    await manager.insert(GuideChapterEntity, {
      id,
      slug: chapter.slug,
      stage: chapter.stage,
      position,
      challenges: chapter.challenges,
      publishedVersionId: null,
      publishedAt: null,
      createdById: authorId,
    });
    await manager.insert(GuideChapterVersionEntity, {
      id: versionId,
      chapterId: id,
      number: 1,
      titleEn: chapter.titleEn,
      titleFr: chapter.titleFr,
      bodyEn: resolve(chapter.bodyEn),
      bodyFr: resolve(chapter.bodyFr),
      note: 'First chapter, from the research tour',
      authorId,
    });
    await manager.update(
      GuideChapterEntity,
      { id },
      { publishedVersionId: versionId, publishedAt: now },
    );
  }
  return demoChapters.length;
}

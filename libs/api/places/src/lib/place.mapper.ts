import type { LessonObject } from './dto/lesson.object';
import type { PlaceObject } from './dto/place.object';
import type { LessonEntity } from './entities/lesson.entity';
import type { PlaceEntity } from './entities/place.entity';

export function toPlaceObject(p: PlaceEntity): PlaceObject {
  return {
    id: p.id,
    slug: p.slug,
    name: p.name,
    summary: p.summary,
    description: p.description,
    kinds: p.kinds,
    status: p.status,
    foundedYear: p.foundedYear,
    address: p.address,
    city: p.city,
    country: p.country,
    latitude: p.latitude,
    longitude: p.longitude,
    website: p.website,
    links: p.links,
    videos: p.videos,
    challenges: p.challenges,
    facts: p.facts,
    hidden: p.hiddenAt !== null,
    // Only the team and moderators can see a hidden place, and so its reason.
    hiddenReason: p.hiddenAt ? p.hiddenReason : null,
    createdAt: p.createdAt,
    createdById: p.createdById,
  };
}

export function toLessonObject(l: LessonEntity): LessonObject {
  return {
    id: l.id,
    challenge: l.challenge,
    title: l.title,
    context: l.context,
    whatWeTried: l.whatWeTried,
    outcome: l.outcome,
    advice: l.advice,
    figures: l.figures,
    createdAt: l.createdAt,
    placeId: l.placeId,
    authorId: l.authorId,
  };
}

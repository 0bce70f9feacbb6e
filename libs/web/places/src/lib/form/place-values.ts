import { type Challenge, type PlaceKind, PlaceStatus } from '@wide-open/shared/contracts';
import { type CreatePlaceInput, type PlaceDetailsFragment } from '@wide-open/web/data-access';

export interface FormPhoto {
  id: string;
  url: string;
}

export interface PlaceValues {
  name: string;
  summary: string;
  description: string;
  kinds: PlaceKind[];
  status: PlaceStatus;
  foundedYear: string;
  address: string;
  city: string;
  country: string;
  latitude: string;
  longitude: string;
  website: string;
  links: string;
  videos: string;
  challenges: Challenge[];
  photos: FormPhoto[];
}

export const placeFieldOrder = [
  'name',
  'summary',
  'description',
  'kinds',
  'status',
  'foundedYear',
  'address',
  'city',
  'country',
  'latitude',
  'longitude',
  'website',
  'links',
  'videos',
  'challenges',
  'photoIds',
] as const;
export type PlaceField = (typeof placeFieldOrder)[number];

export function isPlaceField(key: string): key is PlaceField {
  return (placeFieldOrder as readonly string[]).includes(key);
}

export const emptyPlace: PlaceValues = {
  name: '',
  summary: '',
  description: '',
  kinds: [],
  status: PlaceStatus.ACTIVE,
  foundedYear: '',
  address: '',
  city: '',
  country: '',
  latitude: '',
  longitude: '',
  website: '',
  links: '',
  videos: '',
  challenges: [],
  photos: [],
};

export function placeValues(place: PlaceDetailsFragment): PlaceValues {
  return {
    name: place.name,
    summary: place.summary,
    description: place.description ?? '',
    kinds: [...place.kinds],
    status: place.status,
    foundedYear: place.foundedYear ? String(place.foundedYear) : '',
    address: place.address ?? '',
    city: place.city,
    country: place.country,
    latitude: place.latitude != null ? String(place.latitude) : '',
    longitude: place.longitude != null ? String(place.longitude) : '',
    website: place.website ?? '',
    links: place.links.join('\n'),
    videos: place.videos.join('\n'),
    challenges: [...place.challenges],
    photos: place.photos.map((photo) => ({ id: photo.id, url: photo.thumbnailUrl })),
  };
}

/** Required fields, checked before sending so people need not wait for the server. */
export function missingPlaceFields(values: PlaceValues): PlaceField[] {
  const missing: PlaceField[] = [];
  if (!values.name.trim()) missing.push('name');
  if (!values.summary.trim()) missing.push('summary');
  if (values.kinds.length === 0) missing.push('kinds');
  if (!values.city.trim()) missing.push('city');
  if (!values.country) missing.push('country');
  return missing;
}

const orNull = (value: string) => (value.trim() ? value.trim() : null);
const lines = (value: string) =>
  value
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
/** Decimal commas are accepted (French notation); the server checks the ranges. */
const number = (value: string) => (value.trim() ? Number(value.trim().replace(',', '.')) : null);

/** The whole form: blank optional fields are cleared, the photos sent in gallery order. */
export function placeInput(values: PlaceValues): CreatePlaceInput {
  return {
    name: values.name.trim(),
    summary: values.summary.trim(),
    description: orNull(values.description),
    kinds: values.kinds,
    status: values.status,
    foundedYear: values.foundedYear.trim() ? Number(values.foundedYear) : null,
    address: orNull(values.address),
    city: values.city.trim(),
    country: values.country,
    latitude: number(values.latitude),
    longitude: number(values.longitude),
    website: orNull(values.website),
    links: lines(values.links),
    videos: lines(values.videos),
    challenges: values.challenges,
    photoIds: values.photos.map((photo) => photo.id),
  };
}

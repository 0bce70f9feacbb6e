import { type Challenge } from '@wide-open/shared/contracts';
import { isChallenge } from '../hooks/challenge';

export interface SearchCriteria {
  q: string;
  categoryId: string;
  challenge: Challenge | '';
  author: string;
  /** yyyy-mm-dd, as a date input gives it. */
  from: string;
  to: string;
}

export function criteriaFrom(params: URLSearchParams): SearchCriteria {
  const challenge = params.get('challenge');
  return {
    q: params.get('q') ?? '',
    categoryId: params.get('category') ?? '',
    challenge: isChallenge(challenge) ? challenge : '',
    author: params.get('author') ?? '',
    from: params.get('from') ?? '',
    to: params.get('to') ?? '',
  };
}

export function paramsFrom(criteria: SearchCriteria): URLSearchParams {
  const entries: [string, string][] = [
    ['q', criteria.q.trim()],
    ['category', criteria.categoryId],
    ['challenge', criteria.challenge],
    ['author', criteria.author.trim().replace(/^@/, '')],
    ['from', criteria.from],
    ['to', criteria.to],
  ];
  return new URLSearchParams(entries.filter(([, value]) => value));
}

/** Local midnight of a yyyy-mm-dd day, plus `days`, as the ISO instant the API expects. */
function dayStart(day: string, days = 0): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return null;
  return new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]) + days).toISOString();
}

/** The post search filter; `to` includes its whole day. */
export function postFilter(criteria: SearchCriteria) {
  return {
    categoryId: criteria.categoryId || null,
    challenge: criteria.challenge || null,
    authorHandle: criteria.author.trim().replace(/^@/, '') || null,
    from: dayStart(criteria.from),
    to: dayStart(criteria.to, 1),
  };
}

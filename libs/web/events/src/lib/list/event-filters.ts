/** The list's filters and view, read from and written to the URL (views can be shared). */
export interface EventListParams {
  city: string;
  /** true: online only; false: in person only; null: both. */
  online: boolean | null;
  /** `mine`: what the reader organizes or answered (signed-in members). */
  view: 'list' | 'calendar' | 'mine';
  /** "2026-03" for the month view; null: this month. */
  month: string | null;
}

function readView(value: string | null): EventListParams['view'] {
  return value === 'calendar' || value === 'mine' ? value : 'list';
}

export function readEventParams(params: URLSearchParams): EventListParams {
  const online = params.get('online');
  const month = params.get('month');
  return {
    city: (params.get('city') ?? '').trim(),
    online: online === 'true' ? true : online === 'false' ? false : null,
    view: readView(params.get('view')),
    month: month && /^\d{4}-(0[1-9]|1[0-2])$/.test(month) ? month : null,
  };
}

export function writeEventParams(value: EventListParams): URLSearchParams {
  const next = new URLSearchParams();
  if (value.city) next.set('city', value.city);
  if (value.online !== null) next.set('online', String(value.online));
  if (value.view === 'calendar') {
    next.set('view', 'calendar');
    if (value.month) next.set('month', value.month);
  }
  if (value.view === 'mine') next.set('view', 'mine');
  return next;
}

/** The API's filter (null when nothing is chosen, so the unfiltered list shares one cache entry). */
export function apiFilter(value: EventListParams, from?: string) {
  if (!value.city && value.online === null && !from) return null;
  return {
    city: value.city || null,
    online: value.online,
    ...(from ? { from } : {}),
  };
}

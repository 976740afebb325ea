import { isItemMode, type ItemKind, type ItemMode, type Reach, type SearchCriteria } from '@/lib/api/types';
import { pageFromParams, setPageParam } from '@/lib/url-filters';

/** Offers live at /offers and /api/v1/offers, requests at /requests and /api/v1/requests. */
export type KindPath = 'offers' | 'requests';

export function kindPathOf(kind: ItemKind): KindPath {
  return kind === 'OFFER' ? 'offers' : 'requests';
}

export function kindOf(path: KindPath): ItemKind {
  return path === 'offers' ? 'OFFER' : 'REQUEST';
}

/** The page of an offer or a request. */
export function itemPath(item: { kind: ItemKind; id: string }) {
  return `/${kindPathOf(item.kind)}/${item.id}`;
}

export type CatalogueSort = 'relevance' | 'date';
const SORTS: readonly CatalogueSort[] = ['relevance', 'date'];

/** A catalogue search as the catalogue page and saved searches see it. */
export type CatalogueFilters = {
  q: string;
  /** true: market exchanges only, false: non-market only, null: both. */
  market: boolean | null;
  mode: ItemMode | null;
  /** A top category (its sub-categories included) or a sub-category. */
  category: string | null;
  territory: string | null;
  /** An organisation's id. */
  organisation: string | null;
  sector: string | null;
  sort: CatalogueSort;
  /** Zero-based. */
  page: number;
};

export const NO_CATALOGUE_FILTERS: CatalogueFilters = {
  q: '',
  market: null,
  mode: null,
  category: null,
  territory: null,
  organisation: null,
  sector: null,
  sort: 'relevance',
  page: 0,
};

/** Reads a search from the URL, ignoring values a hand-edited link may carry. */
export function catalogueFiltersFromParams(params: URLSearchParams): CatalogueFilters {
  const market = params.get('market');
  const mode = params.get('mode');
  const sort = params.get('sort');
  return {
    q: params.get('q') ?? '',
    market: market === 'yes' ? true : market === 'no' ? false : null,
    mode: isItemMode(mode) ? mode : null,
    category: params.get('category') || null,
    territory: params.get('territory') || null,
    organisation: params.get('organisation') || null,
    sector: params.get('sector') || null,
    sort: SORTS.includes(sort as CatalogueSort) ? (sort as CatalogueSort) : NO_CATALOGUE_FILTERS.sort,
    page: pageFromParams(params),
  };
}

export function catalogueParamsFrom(filters: CatalogueFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.q.trim()) params.set('q', filters.q.trim());
  if (filters.market !== null) params.set('market', filters.market ? 'yes' : 'no');
  if (filters.mode) params.set('mode', filters.mode);
  if (filters.category) params.set('category', filters.category);
  if (filters.territory) params.set('territory', filters.territory);
  if (filters.organisation) params.set('organisation', filters.organisation);
  if (filters.sector) params.set('sector', filters.sector);
  if (filters.sort !== NO_CATALOGUE_FILTERS.sort) params.set('sort', filters.sort);
  setPageParam(params, filters.page);
  return params;
}

/** What a saved search keeps of a search: its criteria, not its order or page. */
export function criteriaFrom(filters: CatalogueFilters): SearchCriteria {
  const criteria: SearchCriteria = {};
  if (filters.q.trim()) criteria.q = filters.q.trim();
  if (filters.market !== null) criteria.market = filters.market;
  if (filters.mode) criteria.mode = filters.mode;
  if (filters.category) criteria.category = filters.category;
  if (filters.territory) criteria.territory = filters.territory;
  if (filters.organisation) criteria.organisation = filters.organisation;
  if (filters.sector) criteria.sector = filters.sector;
  return criteria;
}

export function filtersFrom(criteria: SearchCriteria): CatalogueFilters {
  return {
    ...NO_CATALOGUE_FILTERS,
    q: criteria.q ?? '',
    market: criteria.market ?? null,
    mode: criteria.mode ?? null,
    category: criteria.category ?? null,
    territory: criteria.territory ?? null,
    organisation: criteria.organisation ?? null,
    sector: criteria.sector ?? null,
  };
}

/** The catalogue page showing a saved search's criteria. */
export function catalogueUrl(kind: ItemKind, criteria: SearchCriteria) {
  const params = catalogueParamsFrom(filtersFrom(criteria)).toString();
  return `/${kindPathOf(kind)}${params ? `?${params}` : ''}`;
}

/** How long an item stays in the catalogue unless its organisation says otherwise. */
export const DEFAULT_LIFETIME_DAYS = 90;
/** How far ahead an expiry may be. */
export const MAX_LIFETIME_DAYS = 365;

const PARIS = 'Europe/Paris';

/** The calendar day (YYYY-MM-DD) an instant falls on in France, where the catalogue counts days. */
export function parisDate(instant: Date = new Date()) {
  // The Swedish locale writes dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('sv-SE', { timeZone: PARIS }).format(instant);
}

/** A calendar day (YYYY-MM-DD) moved by some days. */
export function addDays(day: string, days: number) {
  const date = new Date(`${day}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/**
 * The last day an item stays listed: it leaves at `expiresAt`, so a midnight
 * expiry means the day before was its last.
 */
export function lastListedDay(expiresAt: string) {
  return parisDate(new Date(new Date(expiresAt).getTime() - 1));
}

// Limits the API enforces on offers and requests too.
export const TITLE_MAX = 120;
export const DESCRIPTION_MAX = 5000;

type LocalReach = Extract<Reach, 'COMMUNE' | 'EPCI' | 'DEPARTEMENT'>;

/** The reaches that name a territory, and the kind of territory each names. */
export function territoryKindFor(reach: Reach | undefined | null): LocalReach | null {
  return reach === 'COMMUNE' || reach === 'EPCI' || reach === 'DEPARTEMENT' ? reach : null;
}

/** The territory kind an id names ("epci:200093201" → "EPCI"). */
export function kindOfTerritoryId(id: string) {
  return id.split(':')[0].toUpperCase();
}

// What `make bench` measures. A case is a name, a title and the request paths it cycles through
// (a function of the database, so that ids come from the generated data); adding a case is a few
// lines here. `sql: false` marks the framework baseline, which touches no database; `signedIn: true`
// sends the requests with a staff member's token; `accept` asks for another media type than JSON.

const COMMON_WORDS = ['solidaire', 'accompagnement', 'formation', 'atelier', 'couture'];
const RARE_WORDS = ['frigorifique', 'compost', 'porte-vélos', 'chariot'];
const DIRECTORY_WORDS = ['solidaire', 'insertion', 'atelier', 'formation', 'traiteur', 'couture', 'vélo'];
const MODES = ['SERVICE', 'HELPING_HAND', 'EQUIPMENT_LOAN', 'ADVICE', 'DONATION'];
const DEPARTEMENTS = ['departement:59', 'departement:62', 'departement:80', 'departement:60', 'departement:02'];

const query = (path, params) => `${path}?${new URLSearchParams(params)}`;

export const CASES = [
  {
    name: 'trivial',
    title: 'Trivial endpoint (framework limit)',
    sql: false,
    paths: async () => ['/api/v1/about'],
  },
  {
    name: 'item',
    title: 'Offer by id',
    paths: async (db) =>
      (await db.query(`SELECT id FROM catalog_item WHERE kind = 'OFFER' AND status = 'PUBLISHED'
                          AND hidden_at IS NULL AND expires_at > now() ORDER BY md5(id::text) LIMIT 100`)).map((id) => `/api/v1/offers/${id}`),
  },
  {
    name: 'search-common',
    title: 'Offers: a common word',
    paths: async () => COMMON_WORDS.map((q) => query('/api/v1/offers', { q })),
  },
  {
    name: 'search-rare',
    title: 'Offers: a rare word',
    paths: async () => RARE_WORDS.map((q) => query('/api/v1/offers', { q })),
  },
  {
    name: 'search-filters',
    title: 'Offers: mode + département',
    paths: async () => MODES.map((mode, i) => query('/api/v1/offers', { mode, territory: DEPARTEMENTS[i] })),
  },
  {
    name: 'directory',
    title: 'Directory: a word',
    paths: async () => DIRECTORY_WORDS.map((q) => query('/api/v1/organisations', { q })),
  },
  {
    name: 'suggestions',
    title: 'Suggestions for a request',
    signedIn: true,
    paths: async (db) =>
      (await db.query(`SELECT id FROM catalog_item WHERE kind = 'REQUEST' AND status = 'PUBLISHED'
                         AND hidden_at IS NULL AND expires_at > now() ORDER BY md5(id::text) LIMIT 20`)).map(
        (id) => `/api/v1/requests/${id}/suggestions`,
      ),
  },
  {
    name: 'impact-network',
    title: 'Impact: network summary',
    signedIn: true,
    // the default last 12 months, this calendar year so far and the year before
    paths: async () => {
      const year = new Date().getFullYear();
      return [
        '/api/v1/impact/network',
        query('/api/v1/impact/network', { from: `${year}-01`, to: `${year}-12` }),
        query('/api/v1/impact/network', { from: `${year - 1}-01`, to: `${year - 1}-12` }),
      ];
    },
  },
  {
    name: 'impact-territory',
    title: 'Impact: a territory summary',
    signedIn: true,
    paths: async () => DEPARTEMENTS.map((territory) => `/api/v1/impact/territories/${territory}`),
  },
  {
    name: 'events-feed',
    title: 'Events: iCalendar feed',
    accept: 'text/calendar',
    // the network's feed and each département's, as calendar applications fetch them
    paths: async () => ['/api/v1/events/calendar.ics', ...DEPARTEMENTS.map((territory) => query('/api/v1/events/calendar.ics', { territory }))],
  },
  {
    name: 'events-list',
    title: 'Events: upcoming, by territory',
    paths: async () => ['/api/v1/events', ...DEPARTEMENTS.map((territory) => query('/api/v1/events', { territory }))],
  },
  {
    name: 'home',
    title: 'Home page lists',
    paths: async () => [
      query('/api/v1/offers', { sort: 'date', size: 4 }),
      query('/api/v1/requests', { sort: 'date', size: 4 }),
      query('/api/v1/organisations', { sort: 'newest', size: 6 }),
    ],
  },
];

// Lists must cost the same number of statements whatever the page size.
export const PAGE_SIZES = [1, 20, 100];
export const LISTS = [
  { title: 'Offers, newest first', path: (size) => query('/api/v1/offers', { sort: 'date', size }) },
  { title: 'Offers, a common word', path: (size) => query('/api/v1/offers', { q: COMMON_WORDS[0], size }) },
  { title: 'Requests, newest first', path: (size) => query('/api/v1/requests', { sort: 'date', size }) },
  { title: 'Directory, newest first', path: (size) => query('/api/v1/organisations', { sort: 'newest', size }) },
  { title: 'Directory, a word', path: (size) => query('/api/v1/organisations', { q: DIRECTORY_WORDS[0], size }) },
  { title: 'Events, upcoming', path: (size) => query('/api/v1/events', { size }) },
];

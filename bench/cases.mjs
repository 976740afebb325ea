// What `make bench` measures. A case is a name, a title and the request paths it cycles through
// (a function of the database, so that ids come from the generated data); adding a case is a few
// lines here. `sql: false` marks the framework baseline, which touches no database; `signedIn: true`
// sends the requests with a staff member's token; `accept` asks for another media type than JSON;
// `hot: true` puts the case under the guard of `make test` (its database work per request compared with
// bench/baseline-small.json); `uncached: true` says that no path may be requested twice, so that no
// cache answers it: warm-up, capture and each run get their own paths; `kind` is what the targets check
// (search, deep, directory, suggestions, item). Every draw of words or ids is ordered by md5: the same
// data gives the same paths.

const COMMON_WORDS = ['solidaire', 'accompagnement', 'formation', 'atelier', 'couture'];
const RARE_WORDS = ['frigorifique', 'compost', 'porte-vélos', 'chariot'];
const DIRECTORY_WORDS = ['solidaire', 'insertion', 'atelier', 'formation', 'traiteur', 'couture', 'vélo'];
const MODES = ['SERVICE', 'HELPING_HAND', 'EQUIPMENT_LOAN', 'ADVICE', 'DONATION'];
const DEPARTEMENTS = ['departement:59', 'departement:62', 'departement:80', 'departement:60', 'departement:02'];
// phrases with a hyphen, as the generator writes them
const PHRASES = ['plateau-repas', "petit-déjeuner d'accueil", 'paniers pique-nique', 'vélo-cargo', 'tiers-lieu', 'lave-vaisselle'];
// enough distinct (word, commune) criteria that no run of a full benchmark meets one twice
const UNCACHED_COMMUNES = 4000;

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
    hot: true,
    kind: 'item',
    paths: async (db) =>
      (await db.query(`SELECT id FROM catalog_item WHERE kind = 'OFFER' AND status = 'PUBLISHED'
                          AND hidden_at IS NULL AND expires_at > now() ORDER BY md5(id::text) LIMIT 100`)).map((id) => `/api/v1/offers/${id}`),
  },
  {
    name: 'search-common',
    title: 'Offers: a common word',
    hot: true,
    kind: 'search',
    paths: async () => COMMON_WORDS.map((q) => query('/api/v1/offers', { q })),
  },
  {
    name: 'search-rare',
    title: 'Offers: a rare word',
    hot: true,
    kind: 'search',
    paths: async () => RARE_WORDS.map((q) => query('/api/v1/offers', { q })),
  },
  {
    name: 'search-long-tail',
    title: 'Offers: 300 words of the catalogue',
    hot: true,
    kind: 'search',
    // the catalogue's own vocabulary (titles and descriptions of listed items), mostly rare words
    paths: async (db) =>
      (await db.query(`SELECT word FROM catalog_vocabulary WHERE length(word) >= 5 AND occurrences >= 3
                         ORDER BY md5(word) LIMIT 300`)).map((q) => query('/api/v1/offers', { q })),
  },
  {
    name: 'search-phrase',
    title: 'Offers: a phrase with a hyphen',
    hot: true,
    kind: 'search',
    paths: async () => PHRASES.map((q) => query('/api/v1/offers', { q })),
  },
  {
    name: 'search-uncached',
    title: 'Offers: a common word in a commune, never twice',
    hot: true,
    kind: 'search',
    uncached: true,
    // distinct criteria per request: their counts are computed every time
    paths: async (db) => {
      const communes = await db.query(`SELECT id FROM territory WHERE kind = 'COMMUNE' ORDER BY md5(id) LIMIT ${UNCACHED_COMMUNES}`);
      return communes.flatMap((territory, i) => COMMON_WORDS.map((_, w) => query('/api/v1/offers', { q: COMMON_WORDS[(i + w) % COMMON_WORDS.length], territory })));
    },
  },
  {
    name: 'search-filters-only',
    title: 'Offers: a category and a market, no words',
    hot: true,
    kind: 'search',
    paths: async (db) =>
      (await db.query('SELECT code FROM category WHERE parent_code IS NULL ORDER BY md5(code)')).flatMap((category) =>
        ['true', 'false'].map((market) => query('/api/v1/offers', { category, market })),
      ),
  },
  {
    name: 'search-deep-word',
    title: 'Offers: a common word, page 50',
    hot: true,
    kind: 'deep',
    paths: async () => COMMON_WORDS.map((q) => query('/api/v1/offers', { q, page: 50 })),
  },
  {
    name: 'search-deep-filters',
    title: 'Offers: mode + département, page 50',
    hot: true,
    kind: 'deep',
    paths: async () => MODES.map((mode, i) => query('/api/v1/offers', { mode, territory: DEPARTEMENTS[i], page: 50 })),
  },
  {
    name: 'search-filters',
    title: 'Offers: mode + département',
    hot: true,
    kind: 'search',
    paths: async () => MODES.map((mode, i) => query('/api/v1/offers', { mode, territory: DEPARTEMENTS[i] })),
  },
  {
    name: 'directory',
    title: 'Directory: a word',
    hot: true,
    kind: 'directory',
    paths: async () => DIRECTORY_WORDS.map((q) => query('/api/v1/organisations', { q })),
  },
  {
    name: 'suggestions',
    title: 'Suggestions for a request',
    signedIn: true,
    hot: true,
    kind: 'suggestions',
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
    hot: true,
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

import type {
  Agreement,
  Attendee,
  CaseDetail,
  CaseSummary,
  Category,
  CharterVersion,
  EventView,
  Exchange,
  ExchangeDetail,
  FollowUp,
  HotlineFigures,
  ImpactSummary,
  Introduction,
  Item,
  ItemSearchPage,
  ItemSummary,
  Me,
  NetworkGraph,
  OrganisationDetail,
  OrganisationSummary,
  PersonRef,
  Registration,
  Sector,
  Suggestion,
  Territory,
  ValuationRule,
} from '@/lib/api/types';

/** Small, realistic API answers shared by the tests. */

export const sectors: Sector[] = [
  { code: 'reuse', name: 'Réemploi et recyclage' },
  { code: 'food', name: 'Alimentation durable' },
  { code: 'mobility', name: 'Mobilité' },
];

export const charter: CharterVersion = {
  version: 2,
  title: 'Charte des adhérents elBasar',
  body: 'Nous coopérons.\n\nNous partageons nos savoir-faire.',
  publishedAt: '2026-01-15T10:00:00Z',
};

export const lille: Territory = {
  id: 'commune:59350',
  kind: 'COMMUNE',
  code: '59350',
  name: 'Lille',
  postalCodes: ['59000', '59800'],
  departementCode: '59',
};

export const mel: Territory = {
  id: 'epci:200093201',
  kind: 'EPCI',
  code: '200093201',
  name: 'Métropole Européenne de Lille',
  postalCodes: [],
  departementCode: '59',
};

export const nord: Territory = {
  id: 'departement:59',
  kind: 'DEPARTEMENT',
  code: '59',
  name: 'Nord',
  postalCodes: [],
  departementCode: '59',
};

export const territories: Territory[] = [lille, mel, nord];

export const ateliers: OrganisationSummary = {
  id: '5b0c5a0e-1d1a-4c1e-9c55-2f1d2b1e0a01',
  name: 'Les Ateliers du Réemploi',
  legalForm: 'ASSOCIATION',
  commune: { id: lille.id, name: lille.name },
  sectors: [sectors[0]],
  summary: 'Recyclerie associative : collecte, réparation et revente.',
  joinedAt: '2026-03-02T09:00:00Z',
};

export const velo: OrganisationSummary = {
  id: '9a7c0b4e-0f3e-4b7a-8d6a-3c2e1f0a9b02',
  name: 'Vélo Solidaire',
  legalForm: 'SCIC',
  commune: { id: lille.id, name: lille.name },
  sectors: [sectors[2]],
  summary: 'Atelier participatif de réparation de vélos.',
  joinedAt: '2026-03-10T09:00:00Z',
};

export function organisationDetail(overrides: Partial<OrganisationDetail> = {}): OrganisationDetail {
  return {
    id: ateliers.id,
    name: ateliers.name,
    legalForm: 'ASSOCIATION',
    siret: '73282932000074',
    description: 'Recyclerie associative : collecte, réparation et revente d’objets.',
    activities: ['réparation de vélos', 'collecte de meubles'],
    sectors: [sectors[0]],
    commune: { id: lille.id, name: lille.name },
    epci: { id: mel.id, name: mel.name },
    departement: { id: 'departement:59', name: 'Nord' },
    address: '12 rue des Arts',
    website: 'https://ateliers-reemploi.example',
    joinedAt: '2026-03-02T09:00:00Z',
    status: 'ACTIVE',
    version: 3,
    contact: {
      email: 'contact@ateliers-reemploi.example',
      phone: '03 20 00 00 00',
      people: [{ id: 'p1', firstName: 'Camille', lastName: 'Durand', role: 'ORG_ADMIN' }],
    },
    ...overrides,
  };
}

export function me(overrides: Partial<Me> = {}): Me {
  return {
    id: 'p1',
    email: 'camille@ateliers-reemploi.example',
    firstName: 'Camille',
    lastName: 'Durand',
    locale: 'fr',
    roles: ['MEMBER', 'ORG_ADMIN'],
    organisation: { id: ateliers.id, name: ateliers.name, status: 'ACTIVE', role: 'ORG_ADMIN' },
    notifyMatchingOffers: false,
    ...overrides,
  };
}

export const animator = me({
  id: 'a1',
  email: 'animation@elbasar.test',
  firstName: 'Alix',
  lastName: 'Martin',
  roles: ['ANIMATOR'],
  organisation: null,
});

/* Catalogue */

export const categories: Category[] = [
  {
    code: 'transport',
    name: 'Transport et logistique',
    children: [
      { code: 'transport-vehicles', name: 'Véhicules et remorques', parent: null as never },
      { code: 'transport-delivery', name: 'Livraison', parent: null as never },
    ],
  },
  {
    code: 'food',
    name: 'Alimentation et restauration',
    children: [{ code: 'food-catering', name: 'Traiteur et buffets', parent: null as never }],
  },
];

const itemOrganisation = { id: ateliers.id, name: ateliers.name, commune: { id: lille.id, name: lille.name } };

export function itemSummary(overrides: Partial<ItemSummary> = {}): ItemSummary {
  return {
    id: '1f0e4a7c-7a1d-4d55-9f2e-0c8b6a1e2d01',
    kind: 'OFFER',
    title: "Prêt d'une remorque bâchée",
    summary: 'Remorque de 750 kg pour vos déménagements.',
    category: {
      code: 'transport-vehicles',
      name: 'Véhicules et remorques',
      parent: { code: 'transport', name: 'Transport et logistique', parent: null as never },
    },
    mode: 'EQUIPMENT_LOAN',
    market: false,
    price: null,
    priceUnit: null,
    onQuote: false,
    indicativeValue: 30,
    reach: 'EPCI',
    reachTerritory: { id: mel.id, name: mel.name },
    neededBy: null,
    status: 'PUBLISHED',
    hidden: false,
    publishedAt: '2026-03-01T09:00:00Z',
    expiresAt: '2026-05-30T09:00:00Z',
    organisation: itemOrganisation,
    thumbnailUrl: null,
    moderationReason: null,
    ...overrides,
  };
}

export const trailer = itemSummary();

export const catering = itemSummary({
  id: '2a1b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c02',
  title: 'Buffet bio pour vos assemblées',
  category: { code: 'food-catering', name: 'Traiteur et buffets', parent: null },
  mode: 'SERVICE',
  market: true,
  price: 18.5,
  priceUnit: 'UNIT',
  reach: 'COMMUNE',
  reachTerritory: { id: lille.id, name: lille.name },
  thumbnailUrl: '/api/v1/photos/9f1c/thumbnail',
});

export const design = itemSummary({
  id: '3b2c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d03',
  title: 'Création de votre logo',
  mode: 'SERVICE',
  market: true,
  onQuote: true,
  reach: 'REMOTE',
  reachTerritory: null,
});

export function searchPage(items: ItemSummary[], overrides: Partial<ItemSearchPage> = {}): ItemSearchPage {
  return {
    items,
    total: items.length,
    page: 0,
    size: 20,
    facets: {
      mode: [
        { value: 'SERVICE', count: 2, label: null },
        { value: 'EQUIPMENT_LOAN', count: 1, label: null },
      ],
      market: [
        { value: 'true', count: 2, label: null },
        { value: 'false', count: 1, label: null },
      ],
      category: [
        { value: 'food', count: 2, label: null },
        { value: 'transport', count: 1, label: null },
      ],
      sector: [{ value: 'reuse', count: 3, label: null }],
      departement: [{ value: 'departement:59', count: 3, label: 'Nord' }],
      organisation: [{ value: ateliers.id, count: 3, label: ateliers.name }],
    },
    suggestion: null,
    ...overrides,
  };
}

export function itemDetail(overrides: Partial<Item> = {}): Item {
  const { id, kind, title, category, mode, market, price, priceUnit, onQuote, reach, reachTerritory, neededBy } =
    trailer;
  return {
    id,
    kind,
    title,
    category,
    mode,
    market,
    price,
    priceUnit,
    onQuote,
    reach,
    reachTerritory,
    neededBy,
    status: trailer.status,
    publishedAt: trailer.publishedAt,
    expiresAt: trailer.expiresAt,
    organisation: trailer.organisation,
    description: 'Remorque bâchée de 750 kg.\n\nPrêt gratuit aux adhérents, 48 h maximum.',
    indicativeValue: 40,
    availability: 'Les week-ends, sur réservation',
    moderation: null,
    updatedAt: '2026-03-01T09:00:00Z',
    version: 3,
    photos: [],
    contact: { authorName: 'Camille Durand', email: 'camille@ateliers-reemploi.example', phone: '03 20 00 00 00' },
    editable: false,
    showOnCeres: false,
    ...overrides,
  };
}

/* Hotline */

const veloOrganisation = { id: velo.id, name: velo.name, commune: { id: lille.id, name: lille.name } };

export const figures: HotlineFigures = {
  month: '2026-11',
  needsReceived: 12,
  shareIntroduced: 0.75,
  medianHoursToFirstIntroduction: 26.5,
  shareResolved: 0.4,
};

/** The animators and admins a need can be assigned to (the animator among them). */
export const hotlineStaff: PersonRef[] = [
  { id: 'a1', name: 'Alix Martin' },
  { id: 'a3', name: 'Nadia Benali' },
];

export function caseSummary(overrides: Partial<CaseSummary> = {}): CaseSummary {
  return {
    requestId: '7c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e01',
    title: 'Cherche une remorque pour un déménagement',
    organisation: itemOrganisation,
    category: {
      code: 'transport-vehicles',
      name: 'Véhicules et remorques',
      parent: { code: 'transport', name: 'Transport et logistique', parent: null as never },
    },
    mode: 'EQUIPMENT_LOAN',
    status: 'NEW',
    channel: 'PHONE',
    assignee: null,
    dueOn: null,
    receivedAt: '2026-11-03T09:30:00Z',
    introductions: 0,
    firstIntroductionAt: null,
    partner: null,
    ...overrides,
  };
}

export function introduction(overrides: Partial<Introduction> = {}): Introduction {
  return {
    id: 'i1',
    status: 'PROPOSED',
    request: { id: caseSummary().requestId, title: caseSummary().title, organisation: itemOrganisation },
    offer: {
      id: trailer.id,
      title: trailer.title,
      mode: trailer.mode,
      category: trailer.category,
    },
    requester: {
      organisation: itemOrganisation,
      contactName: 'Camille Durand',
      email: 'camille@ateliers-reemploi.example',
      phone: '03 20 00 00 00',
    },
    provider: {
      organisation: veloOrganisation,
      contactName: 'Julien Mercier',
      email: 'julien@velo-solidaire.example',
      phone: null,
    },
    createdBy: { id: 'a1', name: 'Alix Martin' },
    message: 'Bonjour,\n\nJe vous mets en relation.',
    createdAt: '2026-11-04T10:00:00Z',
    respondedAt: null,
    outcomeAt: null,
    answers: [],
    needsNudge: false,
    ...overrides,
  };
}

export function caseDetail(overrides: Partial<CaseDetail> = {}): CaseDetail {
  return {
    summary: caseSummary(),
    description: 'Nous déménageons notre boutique le 20 novembre.\n\nIl nous faut une remorque pour une journée.',
    neededBy: '2026-11-20',
    requestedBy: { id: 'p1', name: 'Camille Durand' },
    enteredBy: { id: 'a1', name: 'Alix Martin' },
    notes: [],
    introductions: [],
    origin: null,
    ...overrides,
  };
}

export const offerSuggestion: Suggestion = {
  kind: 'OFFER',
  offer: { id: 'o-velo-1', title: 'Prêt d’un vélo-cargo avec remorque', mode: 'EQUIPMENT_LOAN', category: trailer.category },
  organisation: veloOrganisation,
  score: 85,
  reasons: [
    { code: 'SAME_CATEGORY', text: 'Même catégorie : Véhicules et remorques', points: 40 },
    { code: 'NEARBY', text: 'À Lille, dans la même commune', points: 30 },
    { code: 'NON_MARKET', text: 'Échange non marchand, comme demandé', points: 15 },
    { code: 'EXCHANGED_TOGETHER', text: 'Vous avez déjà échangé ensemble (2 fois)', points: 0 },
  ],
};

export const organisationSuggestion: Suggestion = {
  kind: 'ORGANISATION',
  offer: null,
  organisation: { id: 'org-transport', name: 'Transports Solidaires du Nord', commune: { id: lille.id, name: lille.name } },
  score: 40,
  reasons: [{ code: 'SECTOR', text: 'Secteur : Mobilité', points: 40 }],
};

export function followUp(overrides: Partial<FollowUp> = {}): FollowUp {
  return {
    side: 'PROVIDER',
    requestTitle: caseSummary().title,
    otherOrganisation: ateliers.name,
    introducedAt: '2026-11-04T10:00:00Z',
    answer: null,
    answeredAt: null,
    introductionId: '7d1c0f3e-5b2a-4c8e-9f10-2a3b4c5d6e7f',
    ...overrides,
  };
}

/* Exchanges and impact */

export const valuationRules: ValuationRule[] = [
  {
    id: 1,
    kind: 'HELPING_HAND',
    method: 'HOURLY_RATE',
    rate: 18,
    effectiveFrom: '2020-01-01',
    effectiveUntil: null,
    description: '1 heure de coup de main = 18,00 €',
  },
  {
    id: 2,
    kind: 'SKILLED_WORK',
    method: 'HOURLY_RATE',
    rate: 35,
    effectiveFrom: '2020-01-01',
    effectiveUntil: null,
    description: '1 heure de travail qualifié = 35,00 €',
  },
  {
    id: 3,
    kind: 'SKILLS_SPONSORSHIP',
    method: 'HOURLY_RATE',
    rate: 40,
    effectiveFrom: '2020-01-01',
    effectiveUntil: '2025-12-31',
    description: '1 heure de mécénat de compétences = 40,00 €',
  },
  {
    id: 7,
    kind: 'SKILLS_SPONSORSHIP',
    method: 'HOURLY_RATE',
    rate: 50,
    effectiveFrom: '2026-01-01',
    effectiveUntil: null,
    description: '1 heure de mécénat de compétences = 50,00 €',
  },
  {
    id: 4,
    kind: 'EQUIPMENT_LOAN',
    method: 'PERCENT_OF_VALUE_PER_DAY',
    rate: 1,
    effectiveFrom: '2020-01-01',
    effectiveUntil: null,
    description: 'prêt de matériel : 1,00 % de la valeur du bien par jour',
  },
  {
    id: 5,
    kind: 'DONATION',
    method: 'DECLARED_VALUE',
    rate: null,
    effectiveFrom: '2020-01-01',
    effectiveUntil: null,
    description: 'don : la valeur déclarée par les parties',
  },
];

/** Vélo Solidaire gave Les Ateliers du Réemploi six hours of skills sponsorship; it waits for the Ateliers. */
export function exchange(overrides: Partial<Exchange> = {}): Exchange {
  return {
    id: 'x1',
    status: 'PENDING',
    provider: veloOrganisation,
    beneficiary: itemOrganisation,
    declaredBySide: 'PROVIDER',
    declaredBy: { id: 'p2', name: 'Julien Mercier' },
    mode: 'SKILLS_SPONSORSHIP',
    market: false,
    occurredOn: '2026-11-20',
    description: 'Six heures pour monter notre atelier de réparation.',
    offer: null,
    request: null,
    introductionId: 'i1',
    channel: 'HOTLINE',
    amountEur: null,
    valuationKind: 'SKILLS_SPONSORSHIP',
    hours: 6,
    days: null,
    declaredValueEur: null,
    valueEur: 300,
    rule: valuationRules[3],
    confirmedBy: null,
    confirmedOnBehalf: false,
    confirmedAt: null,
    createdAt: '2026-11-21T09:00:00Z',
    updatedAt: '2026-11-21T09:00:00Z',
    agreement: null,
    event: null,
    actions: ['CONFIRM', 'DISPUTE'],
    ...overrides,
  };
}

export function agreement(overrides: Partial<Agreement> = {}): Agreement {
  return {
    terms: {
      object: 'Monter un atelier de réparation',
      startsOn: '2026-11-20',
      durationMonths: 12,
      providerContributions: 'Six heures de conseil',
      beneficiaryContributions: 'Un local et du café',
      responsibilities: null,
      insurance: null,
      confidential: false,
    },
    text: 'CONVENTION DE COOPÉRATION\n\nEntre Vélo Solidaire et Les Ateliers du Réemploi.',
    sha256: '3f5a1c0e9d2b4a6f8e7c1d0b2a3948576e5f4d3c2b1a09f8e7d6c5b4a3928170',
    draftedBy: { id: 'p2', name: 'Julien Mercier' },
    draftedAt: '2026-11-22T10:00:00Z',
    provider: { by: { id: 'p2', name: 'Julien Mercier' }, at: '2026-11-22T10:05:00Z' },
    beneficiary: null,
    frozenAt: null,
    ...overrides,
  };
}

export function exchangeDetail(overrides: Partial<ExchangeDetail> = {}): ExchangeDetail {
  return {
    exchange: exchange(),
    history: [
      { at: '2026-11-21T09:00:00Z', actor: { id: 'p2', name: 'Julien Mercier' }, action: 'DECLARED', onBehalf: false, note: null },
    ],
    agreement: null,
    testimonial: null,
    ...overrides,
  };
}

const CHANNELS = ['HOTLINE', 'EVENT', 'NEWSLETTER', 'POST_OF_THE_DAY', 'CATALOGUE', 'PARTNER', 'DIRECT'];
const MODES = ['SALE', 'SERVICE', 'ADVICE', 'HELPING_HAND', 'SKILLS_SPONSORSHIP', 'EQUIPMENT_LOAN', 'DONATION', 'BARTER'];

/** The network's year: a market sale by the catalogue and sponsorship hours from the hotline. */
export function impactSummary(overrides: Partial<ImpactSummary> = {}): ImpactSummary {
  const share = (key: string) => {
    if (key === 'HOTLINE' || key === 'SKILLS_SPONSORSHIP') {
      return { key, exchanges: 3, marketEur: 0, hours: 18, nonMarketEur: 900, share: 0.75 };
    }
    if (key === 'CATALOGUE' || key === 'SALE') return { key, exchanges: 1, marketEur: 450, hours: 0, nonMarketEur: 0, share: 0.25 };
    return { key, exchanges: 0, marketEur: 0, hours: 0, nonMarketEur: 0, share: 0 };
  };
  return {
    scope: { kind: 'NETWORK', id: null, name: null },
    from: '2025-12',
    to: '2026-11',
    exchanges: 4,
    marketEur: 450,
    hours: 18,
    nonMarketEur: 900,
    totalEur: 1350,
    organisationsInvolved: 5,
    newPairs: 3,
    repeatPairs: 1,
    isolatedOrganisations: 28,
    byChannel: CHANNELS.map(share),
    byMode: MODES.map(share),
    monthly: [
      { month: '2026-10', exchanges: 1, marketEur: 450, hours: 0, nonMarketEur: 0 },
      { month: '2026-11', exchanges: 3, marketEur: 0, hours: 18, nonMarketEur: 900 },
    ],
    events: { held: 6, attendance: 84, organisations: 21, exchangesBorn: 2 },
    ...overrides,
  };
}

export const networkGraph: NetworkGraph = {
  nodes: [
    { id: ateliers.id, name: ateliers.name, departement: { id: 'departement:59', name: 'Nord' }, sector: 'reuse', exchanges: 3 },
    { id: velo.id, name: velo.name, departement: { id: 'departement:59', name: 'Nord' }, sector: 'mobility', exchanges: 4 },
    { id: 'org-amiens', name: 'Épicerie solidaire d’Amiens', departement: { id: 'departement:80', name: 'Somme' }, sector: 'food', exchanges: 1 },
  ],
  edges: [
    { source: velo.id, target: ateliers.id, exchanges: 3 },
    { source: velo.id, target: 'org-amiens', exchanges: 1 },
  ],
  pairs: 2,
};

/* Events */

/** An apéro in Lille on a Thursday evening of March 2027 (Paris winter time), 18 places left of 30. */
export function eventView(overrides: Partial<EventView> = {}): EventView {
  return {
    id: 'e1',
    kind: 'APERO',
    status: 'PUBLISHED',
    title: 'Apéro du réseau à Lille',
    description: 'On se retrouve après le travail pour faire connaissance.',
    territory: { id: lille.id, name: lille.name },
    venue: 'La Gare Saint-Sauveur, 17 boulevard Jean-Baptiste Lebas',
    onlineUrl: null,
    startsAt: '2027-03-25T18:30:00+01:00',
    endsAt: '2027-03-25T20:30:00+01:00',
    timeZone: 'Europe/Paris',
    capacity: 30,
    registrationDeadline: null,
    registered: 12,
    waiting: 0,
    placesLeft: 18,
    registrationOpen: true,
    imageUrl: null,
    organiser: { id: 'a1', name: 'Alix Martin' },
    host: null,
    statusReason: null,
    version: 3,
    myRegistration: null,
    actions: ['REGISTER'],
    outcome: null,
    ...overrides,
  };
}

export function registration(overrides: Partial<Registration> = {}): Registration {
  const event = eventView();
  return {
    id: 'r1',
    status: 'REGISTERED',
    position: null,
    registeredAt: '2027-03-01T10:00:00Z',
    promotedAt: null,
    event: {
      id: event.id,
      title: event.title,
      kind: event.kind,
      status: event.status,
      startsAt: event.startsAt,
      endsAt: event.endsAt,
      territory: event.territory,
      venue: event.venue,
      onlineUrl: event.onlineUrl,
    },
    ...overrides,
  };
}

export function attendee(overrides: Partial<Attendee> = {}): Attendee {
  return {
    registrationId: 'r1',
    person: { id: 'p1', firstName: 'Camille', lastName: 'Durand', email: 'camille@ateliers-reemploi.example' },
    organisation: { id: ateliers.id, name: ateliers.name },
    status: 'REGISTERED',
    position: null,
    registeredAt: '2027-03-01T10:00:00Z',
    checkedInAt: null,
    ...overrides,
  };
}

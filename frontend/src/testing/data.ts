import type { CharterVersion, Me, OrganisationDetail, OrganisationSummary, Sector, Territory } from '@/lib/api/types';

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

export const territories: Territory[] = [lille, mel];

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

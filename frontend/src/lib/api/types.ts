import type { components } from './schema';

/** Short names for the generated API schemas. */
type Schemas = components['schemas'];

/**
 * The generated types treat every response property as present (gen:api uses
 * --properties-required-by-default, the contract not listing `required` for
 * responses); these fields do come back null when unknown.
 */
type Nullable<T, K extends keyof T> = Omit<T, K> & { [P in K]: T[P] | null };

export type Role = 'MEMBER' | 'ORG_ADMIN' | 'ANIMATOR' | 'ADMIN';
export type Me = Nullable<Schemas['Me'], 'organisation'>;
export type LegalForm = Schemas['LegalForm'];
export type OrganisationSummary = Nullable<Schemas['OrganisationSummary'], 'summary' | 'joinedAt'>;
export type OrganisationContact = Nullable<Schemas['OrganisationContact'], 'phone'>;
export type OrganisationDetail = Nullable<
  Omit<Schemas['OrganisationDetail'], 'contact'> & { contact: OrganisationContact },
  'siret' | 'epci' | 'departement' | 'address' | 'website' | 'joinedAt' | 'contact'
>;
export type OrganisationInput = Schemas['OrganisationInput'];
export type PersonRole = Schemas['OrganisationRole'];
export type Person = Schemas['Person'];
export type JoinRequest = Omit<Schemas['JoinRequest'], 'organisation'> & { organisation: OrganisationDetail };
export type Page<T> = { items: T[]; total: number; page: number; size: number };
export type CharterVersion = Schemas['CharterVersion'];
export type Territory = Nullable<Schemas['Territory'], 'departementCode'>;
export type TerritoryKind = Territory['kind'];
export type TerritoryRef = Schemas['TerritoryRef'];
export type Sector = Schemas['Sector'];
export type SignupRequest = Schemas['SignupRequest'];

export const LEGAL_FORMS = [
  'ASSOCIATION',
  'SCOP',
  'SCIC',
  'COOPERATIVE',
  'MUTUAL',
  'FOUNDATION',
  'SOCIAL_ENTERPRISE',
  'OTHER',
] as const satisfies readonly LegalForm[];

export const PERSON_ROLES = ['MEMBER', 'ORG_ADMIN'] as const satisfies readonly PersonRole[];

export function isPersonRole(value: string): value is PersonRole {
  return PERSON_ROLES.includes(value as PersonRole);
}

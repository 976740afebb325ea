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

/* Catalogue: offers and requests. */
export type ItemKind = Schemas['ItemKind'];
export type ItemMode = Schemas['ItemMode'];
export type ItemStatus = Schemas['ItemStatus'];
export type Reach = Schemas['Reach'];
export type PriceUnit = Schemas['PriceUnit'];
export type Category = Schemas['Category'];
/** `parent` is null for a top category. */
export type CategoryRef = Nullable<Schemas['CategoryRef'], 'parent'>;
export type ItemOrganisation = Schemas['ItemOrganisation'];
export type ItemSummary = Nullable<
  Omit<Schemas['ItemSummary'], 'category'> & { category: CategoryRef },
  | 'summary'
  | 'price'
  | 'priceUnit'
  | 'indicativeValue'
  | 'reachTerritory'
  | 'neededBy'
  | 'publishedAt'
  | 'thumbnailUrl'
  | 'moderationReason'
>;
export type ItemContact = Nullable<Schemas['ItemContact'], 'authorName' | 'phone'>;
export type Moderation = Schemas['Moderation'];
export type Photo = Schemas['Photo'];
/** `contact` only for signed-in members and staff; `moderation` only for insiders, when hidden. */
export type Item = Nullable<
  Omit<Schemas['Item'], 'category' | 'contact'> & { category: CategoryRef; contact: ItemContact },
  | 'price'
  | 'priceUnit'
  | 'indicativeValue'
  | 'reachTerritory'
  | 'availability'
  | 'neededBy'
  | 'moderation'
  | 'publishedAt'
  | 'contact'
>;
export type ItemInput = Schemas['ItemInput'];
/** `label` names départements and organisations; other facets carry codes. */
export type FacetValue = Nullable<Schemas['FacetValue'], 'label'>;
export type Facets = { [K in keyof Schemas['Facets']]: FacetValue[] };
export type ItemSearchPage = Omit<Schemas['ItemSearchPage'], 'items' | 'suggestion' | 'facets'> & {
  items: ItemSummary[];
  facets: Facets;
  suggestion: string | null;
};
/** Every criterion is optional (the contract lists none as required); absent ones come back null. */
export type SearchCriteria = { [K in keyof Schemas['SearchCriteria']]?: Schemas['SearchCriteria'][K] | null };
export type SavedSearch = Omit<Schemas['SavedSearch'], 'criteria'> & { criteria: SearchCriteria };
/** actorId and actorName are null for what nobody signed in did (the one-click extension). */
export type ItemChange = Nullable<Schemas['ItemChange'], 'actorId' | 'actorName'>;

export const MARKET_MODES = ['SALE', 'SERVICE', 'ADVICE'] as const satisfies readonly ItemMode[];
export const NON_MARKET_MODES = [
  'HELPING_HAND',
  'SKILLS_SPONSORSHIP',
  'EQUIPMENT_LOAN',
  'DONATION',
  'BARTER',
] as const satisfies readonly ItemMode[];
export const ITEM_MODES: readonly ItemMode[] = [...MARKET_MODES, ...NON_MARKET_MODES];
export const REACHES = ['COMMUNE', 'EPCI', 'DEPARTEMENT', 'REGION', 'REMOTE'] as const satisfies readonly Reach[];
export const PRICE_UNITS = ['FLAT', 'UNIT', 'HOUR', 'HALF_DAY', 'DAY', 'MONTH', 'KG'] as const satisfies readonly PriceUnit[];

export function isMarketMode(mode: ItemMode) {
  return (MARKET_MODES as readonly ItemMode[]).includes(mode);
}

export function isItemMode(value: unknown): value is ItemMode {
  return ITEM_MODES.includes(value as ItemMode);
}

/* Hotline: needs, suggestions, introductions and their follow-up. */
export type CaseStatus = Schemas['CaseStatus'];
export type NeedChannel = Schemas['NeedChannel'];
export type PersonRef = Schemas['PersonRef'];
/** An offer published lately that could meet an open request. */
export type OfferMatch = Schemas['OfferMatch'];
/** A need on the board: nobody may handle it yet, nor be due by a date, nor be introduced. */
export type CaseSummary = Nullable<
  Omit<Schemas['CaseSummary'], 'category'> & { category: CategoryRef },
  'assignee' | 'dueOn' | 'firstIntroductionAt' | 'partner'
>;
/** `author` is null for what the platform notes itself. */
export type CaseNote = Nullable<Schemas['CaseNote'], 'author'>;
export type CaseUpdate = Schemas['CaseUpdate'];
export type NeedInput = Schemas['NeedInput'];
/** The median is null without any introduction this month. */
export type HotlineFigures = Nullable<Schemas['HotlineFigures'], 'medianHoursToFirstIntroduction'>;
export type Reason = Schemas['Reason'];
export type SuggestionKind = Schemas['SuggestionKind'];
export type OfferRef = Omit<Schemas['OfferRef'], 'category'> & { category: CategoryRef };
/** `offer` is null for an ORGANISATION suggestion (an organisation without a matching offer). */
export type Suggestion = Nullable<Omit<Schemas['Suggestion'], 'offer'> & { offer: OfferRef }, 'offer'>;
export type Side = Schemas['Side'];
export type FollowUpAnswer = Schemas['FollowUpAnswer'];
/** One party's answer to "did an exchange happen?"; not answered yet: answer and answeredAt are null. */
export type FollowUpAnswerView = Nullable<Schemas['FollowUpAnswerView'], 'answer' | 'answeredAt'>;
export type Party = Nullable<Schemas['Party'], 'contactName' | 'email' | 'phone'>;
export type IntroductionStatus = Schemas['IntroductionStatus'];
export type IntroductionOutcome = Extract<IntroductionStatus, 'EXCHANGE_MADE' | 'NO_FOLLOW_UP'>;
export type RequestRef = Schemas['RequestRef'];
/**
 * A member contacting an offer makes one without a request, and one answering a request
 * one without an offer; createdBy is null for what nobody signed in did.
 */
export type Introduction = Nullable<
  Omit<Schemas['Introduction'], 'offer' | 'requester' | 'provider' | 'answers'> & {
    offer: OfferRef;
    requester: Party;
    provider: Party;
    answers: FollowUpAnswerView[];
  },
  'request' | 'offer' | 'createdBy' | 'respondedAt' | 'outcomeAt'
>;
export type IntroductionInput = Schemas['IntroductionInput'];
export type AmountBracket = Schemas['PartnerOrigin']['amountBracket'];
/** A buyer's need a partner platform (Ceres) sent; the buyer's SIRET and the need's page when given. */
export type PartnerOrigin = Nullable<Schemas['PartnerOrigin'], 'buyerSiret' | 'link'>;
/** `origin` only for needs a partner platform sent. */
export type CaseDetail = Nullable<
  Omit<Schemas['CaseDetail'], 'summary' | 'notes' | 'introductions' | 'origin'> & {
    summary: CaseSummary;
    notes: CaseNote[];
    introductions: Introduction[];
    origin: PartnerOrigin;
  },
  'neededBy' | 'requestedBy' | 'enteredBy' | 'origin'
>;
/** Not answered yet: answer and answeredAt are null; requestTitle is null when its item is gone. */
export type FollowUp = Nullable<Schemas['FollowUp'], 'requestTitle' | 'answer' | 'answeredAt'>;

export const CASE_STATUSES = [
  'NEW',
  'IN_PROGRESS',
  'INTRODUCED',
  'RESOLVED',
  'UNRESOLVED',
] as const satisfies readonly CaseStatus[];
/** PLATFORM is for needs members post themselves: animators type in the others. */
export const RECEIVED_CHANNELS = ['PHONE', 'EMAIL', 'EVENT', 'PARTNER'] as const satisfies readonly NeedChannel[];
export const AMOUNT_BRACKETS = [
  'UNDER_40K',
  'FROM_40K_TO_90K',
  'FROM_90K_TO_221K',
  'OVER_221K',
  'UNKNOWN',
] as const satisfies readonly AmountBracket[];
export const FOLLOW_UP_ANSWERS = ['YES', 'NOT_YET', 'NO'] as const satisfies readonly FollowUpAnswer[];

export function isCaseStatus(value: unknown): value is CaseStatus {
  return CASE_STATUSES.includes(value as CaseStatus);
}

/* Exchanges, cooperation agreements, testimonials and impact. */
export type ExchangeStatus = Schemas['ExchangeStatus'];
export type ExchangeAction = Schemas['ExchangeAction'];
export type ExchangeSide = Schemas['ExchangeSide'];
export type OriginChannel = Schemas['OriginChannel'];
export type ValuationKind = Schemas['ValuationKind'];
export type ValuationMethod = Schemas['ValuationMethod'];
/** `rate` is null for DECLARED_VALUE; `effectiveUntil` while the rule is the latest of its kind. */
export type ValuationRule = Nullable<Schemas['ValuationRule'], 'rate' | 'effectiveUntil'>;
export type ValuationRuleInput = Schemas['ValuationRuleInput'];
export type ItemLink = Schemas['ItemLink'];
/**
 * Market exchanges have an amount and no valuation; non-market ones the reverse. Absent origins
 * (an event among them), people and the agreement (null, DRAFT or ACCEPTED) come back null.
 */
export type Exchange = Nullable<
  Omit<Schemas['Exchange'], 'rule'> & { rule: ValuationRule },
  | 'declaredBy'
  | 'offer'
  | 'request'
  | 'introductionId'
  | 'amountEur'
  | 'valuationKind'
  | 'hours'
  | 'days'
  | 'declaredValueEur'
  | 'valueEur'
  | 'rule'
  | 'confirmedBy'
  | 'confirmedAt'
  | 'agreement'
  | 'event'
>;
export type ExchangeChange = Nullable<Schemas['ExchangeChange'], 'actor' | 'note'>;
export type ExchangeInput = Schemas['ExchangeInput'];
export type AgreementTerms = Schemas['AgreementTerms'];
export type Acceptance = Schemas['Acceptance'];
/** Each side's acceptance is null until given; frozenAt once both have. */
export type Agreement = Nullable<
  Omit<Schemas['Agreement'], 'terms'> & {
    terms: Nullable<Required<AgreementTerms>, 'responsibilities' | 'insurance'>;
  },
  'draftedBy' | 'provider' | 'beneficiary' | 'frozenAt'
>;
/** Published (publishedAt) once both sides agree. */
export type Testimonial = Nullable<Schemas['Testimonial'], 'writtenBy' | 'publishedAt'>;
export type ExchangeDetail = Nullable<
  Omit<Schemas['ExchangeDetail'], 'exchange' | 'history' | 'agreement' | 'testimonial'> & {
    exchange: Exchange;
    history: ExchangeChange[];
    agreement: Agreement;
    testimonial: Testimonial;
  },
  'agreement' | 'testimonial'
>;
export type PublishedTestimonial = Schemas['PublishedTestimonial'];
export type ImpactScopeKind = Schemas['ImpactScopeKind'];
/** The network has neither id nor name. */
export type ImpactScope = Nullable<Schemas['ImpactScope'], 'id' | 'name'>;
export type ImpactShare = Schemas['ImpactShare'];
export type ImpactMonth = Schemas['ImpactMonth'];
export type ImpactSummary = Omit<Schemas['ImpactSummary'], 'scope'> & { scope: ImpactScope };
export type PartnerFigures = Schemas['PartnerFigures'];
export type YearReport = Omit<Schemas['YearReport'], 'summary' | 'exchanges'> & {
  summary: ImpactSummary;
  exchanges: Exchange[];
};
/** An organisation may have no département (abroad) or no sector. */
export type GraphNode = Nullable<Schemas['GraphNode'], 'departement' | 'sector'>;
export type GraphEdge = Schemas['GraphEdge'];
export type NetworkGraph = Omit<Schemas['NetworkGraph'], 'nodes'> & { nodes: GraphNode[] };

export const EXCHANGE_STATUSES = ['PENDING', 'CONFIRMED', 'DISPUTED', 'CANCELLED'] as const satisfies readonly ExchangeStatus[];
export const ORIGIN_CHANNELS = [
  'HOTLINE',
  'EVENT',
  'NEWSLETTER',
  'POST_OF_THE_DAY',
  'CATALOGUE',
  'PARTNER',
  'DIRECT',
] as const satisfies readonly OriginChannel[];
export const VALUATION_KINDS = [
  'HELPING_HAND',
  'SKILLED_WORK',
  'SKILLS_SPONSORSHIP',
  'EQUIPMENT_LOAN',
  'DONATION',
  'BARTER',
] as const satisfies readonly ValuationKind[];
export const VALUATION_METHODS = [
  'HOURLY_RATE',
  'DAILY_RATE',
  'PERCENT_OF_VALUE_PER_DAY',
  'DECLARED_VALUE',
] as const satisfies readonly ValuationMethod[];

export function isExchangeStatus(value: unknown): value is ExchangeStatus {
  return EXCHANGE_STATUSES.includes(value as ExchangeStatus);
}

/* Events: convivial events, registrations and their waiting lists. */
export type EventKind = Schemas['EventKind'];
export type EventStatus = Schemas['EventStatus'];
export type RegistrationStatus = Schemas['RegistrationStatus'];
export type EventAction = Schemas['EventAction'];
export type OrganisationName = Schemas['OrganisationName'];
/** `position` only while waiting. */
export type MyRegistration = Nullable<Schemas['MyRegistration'], 'position'>;
export type EventExchange = Schemas['EventExchange'];
export type EventOutcome = Schemas['EventOutcome'];
/**
 * An event: a venue, an online link or both; no capacity (nor places left) without a limit;
 * `myRegistration` for a signed-in person registered or waiting; `outcome` once ended, read alone.
 */
export type EventView = Nullable<
  Omit<Schemas['Event'], 'myRegistration'> & { myRegistration: MyRegistration },
  | 'venue'
  | 'onlineUrl'
  | 'capacity'
  | 'registrationDeadline'
  | 'placesLeft'
  | 'imageUrl'
  | 'host'
  | 'statusReason'
  | 'myRegistration'
  | 'outcome'
>;
export type EventInput = Schemas['EventInput'];
export type EventRef = Nullable<Schemas['EventRef'], 'venue' | 'onlineUrl'>;
/** `position` only while waiting; `promotedAt` once moved up from the waiting list. */
export type Registration = Nullable<
  Omit<Schemas['Registration'], 'event'> & { event: EventRef },
  'position' | 'promotedAt'
>;
/** People without an organisation (animators) may register too. */
export type Attendee = Nullable<Schemas['Attendee'], 'organisation' | 'position' | 'checkedInAt'>;
/** The event an exchange was born at. */
export type EventLink = Schemas['EventLink'];

export const EVENT_KINDS = [
  'APERO',
  'BREAKFAST',
  'POST_IT',
  'FAIR',
  'WORKSHOP',
  'VISIT',
  'OTHER',
] as const satisfies readonly EventKind[];

export function isEventKind(value: unknown): value is EventKind {
  return EVENT_KINDS.includes(value as EventKind);
}

/* Newsletter, its subscriptions, and the post of the day. */
export type NewsletterStatus = Schemas['NewsletterStatus'];
export type NewsletterAction = Schemas['Action'];
export type NewsletterSection = Schemas['Section'];
/** `sentAt` once sent. */
export type NewsletterSummary = Nullable<Schemas['NewsletterSummary'], 'sentAt'>;
/** `territory` (a département, for grouping) and `imageUrl` when the item has them. */
export type NewsletterItem = Nullable<Schemas['NewsletterItem'], 'territory' | 'imageUrl'>;
export type NewsletterProgress = Schemas['NewsletterProgress'];
/** `progress` once sending starts; `items` in display order. */
export type Newsletter = Nullable<
  Omit<Schemas['Newsletter'], 'items'> & { items: NewsletterItem[] },
  'sentAt' | 'progress'
>;
/** Every item of the issue, in the wanted order. */
export type NewsletterEdit = Schemas['NewsletterEdit'];
export type RenderedNewsletter = Schemas['RenderedNewsletter'];
/** What an unsubscribe link stands for: the address masked. */
export type NewsletterSubscription = Schemas['NewsletterSubscription'];
export type MyNewsletterSubscription = Schemas['MyNewsletterSubscription'];
export type PostStatus = Schemas['Status'];
export type PostSubjectKind = Schemas['Kind'];
/** `mode` for offers and requests; `territory` when the subject has one. */
export type PostSubject = Nullable<Schemas['PostSubject'], 'territory' | 'mode'>;
/** `decidedBy` and `decidedAt` once accepted or skipped. */
export type PostOfTheDay = Nullable<
  Omit<Schemas['PostOfTheDay'], 'subject'> & { subject: PostSubject },
  'imageUrl' | 'decidedBy' | 'decidedAt'
>;

/* Partner API: the clients admins register, their credentials and usage. */
/** `secretRotatedAt` once the secret was replaced. */
export type PartnerClient = Nullable<Schemas['PartnerClient'], 'secretRotatedAt'>;
export type PartnerClientInput = Schemas['PartnerClientInput'];
/** The secret is in this answer only: the API keeps its hash. */
export type PartnerCredentials = Omit<Schemas['PartnerCredentials'], 'client'> & { client: PartnerClient };
export type PartnerUsage = Schemas['PartnerUsage'];
export type PartnerUsageHour = Schemas['PartnerUsageHour'];

export const PARTNER_SCOPES = ['catalog:read', 'organisations:read', 'opportunities:write', 'webhooks:manage'] as const;
export type PartnerScope = (typeof PARTNER_SCOPES)[number];

/* The audit log admins read. */
/** `actor` is null for what the platform did by itself (a purge, a scheduled sending). */
export type AuditEntry = Nullable<Schemas['AuditEntry'], 'actor'>;

/* The periodic jobs admins watch and run. */
/** A cron (with its time zone) or an interval (ISO 8601): the other fields are null. */
export type JobSchedule = Nullable<Schemas['JobSchedule'], 'cron' | 'timeZone' | 'every'>;
export type JobRun = Nullable<Schemas['JobRun'], 'error'>;
/** `lastRun` is null before a job's first recorded run, `nextRun` once its schedule has no more runs. */
export type Job = Omit<Nullable<Schemas['Job'], 'nextRun'>, 'schedule' | 'lastRun'> & {
  schedule: JobSchedule;
  lastRun: JobRun | null;
};

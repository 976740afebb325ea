/**
 * The actions the platform records, by family: the filter asks the API for a family's prefix
 * ("partner."), and the table names each known action in words (others show as recorded).
 */
export const AUDIT_FAMILIES = {
  account: ['account.data-exported', 'account.erased'],
  password: ['password.changed', 'password.reset'],
  person: ['person.removed', 'person.role-changed'],
  invitation: ['invitation.sent', 'invitation.accepted'],
  organisation: [
    'organisation.join-requested',
    'organisation.approved',
    'organisation.rejected',
    'organisation.updated',
    'organisation.data-exported',
  ],
  partner: ['partner.registered', 'partner.updated', 'partner.secret-rotated'],
  newsletter: ['newsletter.sent'],
  event: ['event.cancelled'],
  charter: ['charter.published'],
  sector: ['sector.saved', 'sector.deleted'],
  category: ['category.saved', 'category.deleted'],
  'valuation-rule': ['valuation-rule.added'],
  retention: ['retention.purged'],
} as const;

export type AuditFamily = keyof typeof AUDIT_FAMILIES;
export type KnownAction = (typeof AUDIT_FAMILIES)[AuditFamily][number];

export const FAMILIES = Object.keys(AUDIT_FAMILIES) as AuditFamily[];

export function isFamily(value: unknown): value is AuditFamily {
  return typeof value === 'string' && Object.hasOwn(AUDIT_FAMILIES, value);
}

/** What the API filters a family's actions by. */
export function prefixOf(family: AuditFamily) {
  return `${family}.`;
}

const KNOWN: readonly string[] = Object.values(AUDIT_FAMILIES).flat();

export function isKnownAction(action: string): action is KnownAction {
  return KNOWN.includes(action);
}

/** What the entries are about, named in words (others show as recorded). */
export const TARGET_TYPES = [
  'person',
  'organisation',
  'partner_client',
  'newsletter',
  'event',
  'charter',
  'sector',
  'category',
  'valuation_rule',
  'platform',
] as const;
export type TargetType = (typeof TARGET_TYPES)[number];

export function isTargetType(value: string): value is TargetType {
  return (TARGET_TYPES as readonly string[]).includes(value);
}

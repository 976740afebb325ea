package org.elbasar.common.domain;

/**
 * Every sensitive action the audit log records, with the code its entries carry: the one list that
 * docs/personal-data.md shows (AuditLogTest holds them equal, and writes each action's entry).
 */
public enum AuditAction {
    ORGANISATION_JOIN_REQUESTED("organisation.join-requested", "an organisation signs up and asks to join"),
    ORGANISATION_APPROVED("organisation.approved", "an animator approves an organisation's join request"),
    ORGANISATION_REJECTED("organisation.rejected", "an animator rejects it, with the reason"),
    ORGANISATION_UPDATED("organisation.updated", "an organisation's profile is changed"),
    ORGANISATION_DATA_EXPORTED("organisation.data-exported", "an organisation's admin downloads its data"),
    INVITATION_SENT("invitation.sent", "an organisation's admin invites someone"),
    INVITATION_ACCEPTED("invitation.accepted", "the invited person accepts and gets an account"),
    PERSON_ROLE_CHANGED("person.role-changed", "an organisation's admin changes someone's role in it"),
    PERSON_REMOVED("person.removed", "an organisation's admin removes someone from it"),
    PASSWORD_CHANGED("password.changed", "someone changes their password"),
    PASSWORD_RESET("password.reset", "someone sets a new password with an emailed link"),
    ACCOUNT_DATA_EXPORTED("account.data-exported", "someone downloads their data"),
    ACCOUNT_ERASED("account.erased", "someone erases their account"),
    CHARTER_PUBLISHED("charter.published", "an admin publishes a version of the charter"),
    SECTOR_SAVED("sector.saved", "an admin adds or renames a sector"),
    SECTOR_DELETED("sector.deleted", "an admin deletes a sector"),
    CATEGORY_SAVED("category.saved", "an admin adds or renames a category"),
    CATEGORY_DELETED("category.deleted", "an admin deletes a category"),
    VALUATION_RULE_ADDED("valuation-rule.added", "an admin adds a valuation rule"),
    EVENT_PUBLISHED("event.published", "an animator approves a member's event"),
    EVENT_REJECTED("event.rejected", "an animator rejects it, with the reason"),
    EVENT_CANCELLED("event.cancelled", "an event is cancelled, with the reason"),
    PARTNER_REGISTERED("partner.registered", "an admin registers a partner client"),
    PARTNER_UPDATED("partner.updated", "an admin changes a partner client (scopes, limit, active)"),
    PARTNER_SECRET_ROTATED("partner.secret-rotated", "an admin gives a partner client a new secret"),
    NEWSLETTER_SENT("newsletter.sent", "an animator sends an issue of the newsletter"),
    RETENTION_PURGED("retention.purged", "the nightly retention job deletes something, and how much");

    private final String code;
    private final String description;

    AuditAction(String code, String description) {
        this.code = code;
        this.description = description;
    }

    /** What the entry's action says, and what GET /api/v1/audit-log filters on by prefix. */
    public String code() {
        return code;
    }

    public String description() {
        return description;
    }
}

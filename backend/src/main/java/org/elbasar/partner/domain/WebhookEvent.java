package org.elbasar.partner.domain;

/** What a partner can subscribe to, and the scope its client needs to be told of it. */
public enum WebhookEvent {
    OFFER_PUBLISHED("offer.published", PartnerScopes.CATALOG_READ),
    OFFER_UPDATED("offer.updated", PartnerScopes.CATALOG_READ),
    OFFER_WITHDRAWN("offer.withdrawn", PartnerScopes.CATALOG_READ),
    ORGANISATION_UPDATED("organisation.updated", PartnerScopes.ORGANISATIONS_READ),
    OPPORTUNITY_STATUS_CHANGED("opportunity.status_changed", PartnerScopes.OPPORTUNITIES_WRITE);

    public static final String NAME_PATTERN =
            "^(offer\\.published|offer\\.updated|offer\\.withdrawn|organisation\\.updated|opportunity\\.status_changed)$";

    public final String type;
    public final String scope;

    WebhookEvent(String type, String scope) {
        this.type = type;
        this.scope = scope;
    }

    public static WebhookEvent of(String type) {
        for (WebhookEvent event : values()) {
            if (event.type.equals(type)) {
                return event;
            }
        }
        throw new IllegalArgumentException(type);
    }
}

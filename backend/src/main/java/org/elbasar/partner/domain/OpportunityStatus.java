package org.elbasar.partner.domain;

import org.elbasar.hotline.domain.CaseStatus;

/** Where a partner's opportunity stands, as its hotline case tells. */
public enum OpportunityStatus {
    RECEIVED, IN_PROGRESS, INTRODUCED, EXCHANGE_MADE, CLOSED;

    public static OpportunityStatus of(CaseStatus status) {
        return switch (status) {
            case NEW -> RECEIVED;
            case IN_PROGRESS -> IN_PROGRESS;
            case INTRODUCED -> INTRODUCED;
            case RESOLVED -> EXCHANGE_MADE;
            case UNRESOLVED -> CLOSED;
        };
    }
}

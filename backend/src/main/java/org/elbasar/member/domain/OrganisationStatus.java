package org.elbasar.member.domain;

/**
 * Where an organisation stands: pending until an animator approves (ACTIVE) or rejects it. EXTERNAL
 * is a buyer a partner platform brought with an opportunity: known to the hotline, not a member.
 */
public enum OrganisationStatus {
    PENDING, ACTIVE, REJECTED, SUSPENDED, EXTERNAL
}

package org.elbasar.member.domain;

/** Where an organisation stands: pending until an animator approves (ACTIVE) or rejects it. */
public enum OrganisationStatus {
    PENDING, ACTIVE, REJECTED, SUSPENDED
}

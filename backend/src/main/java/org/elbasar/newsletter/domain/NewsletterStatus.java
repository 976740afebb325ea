package org.elbasar.newsletter.domain;

public enum NewsletterStatus {
    DRAFT, SENDING, SENT
}

package org.elbasar.newsletter.domain;

import java.math.BigDecimal;

/** The network's figures for the month an issue covers, as they were when it was composed. */
public record KeyFigures(String month, long exchanges, BigDecimal totalEur, BigDecimal hours, long organisationsInvolved,
        long newMembers, long eventsHeld) {
}

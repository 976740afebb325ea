package org.elbasar.exchange.service;

import java.util.UUID;

/** Fired in the transaction that confirms an exchange, so the introduction it came from can be concluded. */
public record ExchangeConfirmed(UUID exchangeId, UUID introductionId) {
}

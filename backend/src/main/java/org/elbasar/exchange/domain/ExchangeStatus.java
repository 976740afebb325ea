package org.elbasar.exchange.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ExchangeStatus", description = "PENDING until the other party confirms or disputes; only CONFIRMED exchanges count in the figures")
public enum ExchangeStatus {
    PENDING, CONFIRMED, DISPUTED, CANCELLED
}

package org.elbasar.exchange.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ExchangeSide")
public enum ExchangeSide {
    PROVIDER, BENEFICIARY;

    public ExchangeSide other() {
        return this == PROVIDER ? BENEFICIARY : PROVIDER;
    }
}

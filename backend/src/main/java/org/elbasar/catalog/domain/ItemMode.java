package org.elbasar.catalog.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How something is exchanged: the first three are market exchanges (a price or "on quote"), the others are not. */
@Schema(name = "ItemMode", description = "SALE, SERVICE, ADVICE are market modes (price or on quote); the others are non-market (no price, an optional indicative value)")
public enum ItemMode {
    SALE(true), SERVICE(true), ADVICE(true),
    HELPING_HAND(false), SKILLS_SPONSORSHIP(false), EQUIPMENT_LOAN(false), DONATION(false), BARTER(false);

    private final boolean market;

    ItemMode(boolean market) {
        this.market = market;
    }

    public boolean market() {
        return market;
    }
}

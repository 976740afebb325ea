package org.elbasar.exchange.domain;

import java.util.EnumSet;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.elbasar.catalog.domain.ItemMode;

/** The kinds of non-market help a valuation rule prices, and those each non-market mode may use. */
@Schema(name = "ValuationKind")
public enum ValuationKind {
    HELPING_HAND, SKILLED_WORK, SKILLS_SPONSORSHIP, EQUIPMENT_LOAN, DONATION, BARTER;

    /** The kind an exchange of this mode is valued as when none is chosen. */
    public static ValuationKind defaultFor(ItemMode mode) {
        return switch (mode) {
            case HELPING_HAND -> HELPING_HAND;
            case SKILLS_SPONSORSHIP -> SKILLS_SPONSORSHIP;
            case EQUIPMENT_LOAN -> EQUIPMENT_LOAN;
            case DONATION -> DONATION;
            case BARTER -> BARTER;
            default -> throw new IllegalArgumentException(mode + " is a market mode");
        };
    }

    /** A helping hand may be skilled work, and a barter may be paid in hours of either. */
    public static Set<ValuationKind> allowedFor(ItemMode mode) {
        return switch (mode) {
            case HELPING_HAND -> EnumSet.of(HELPING_HAND, SKILLED_WORK);
            case BARTER -> EnumSet.of(BARTER, HELPING_HAND, SKILLED_WORK);
            default -> EnumSet.of(defaultFor(mode));
        };
    }
}

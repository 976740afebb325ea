package org.elbasar.catalog.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a price is for. */
@Schema(name = "PriceUnit")
public enum PriceUnit {
    FLAT, UNIT, HOUR, HALF_DAY, DAY, MONTH, KG
}

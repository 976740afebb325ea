package org.elbasar.catalog.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How far an item reaches: one territory of a kind, the whole region, or remotely anywhere. */
@Schema(name = "Reach")
public enum Reach {
    COMMUNE, EPCI, DEPARTEMENT, REGION, REMOTE
}

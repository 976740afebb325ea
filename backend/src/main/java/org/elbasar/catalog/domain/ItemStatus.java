package org.elbasar.catalog.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The life of an item: drafted, published, then withdrawn, fulfilled or expired. */
@Schema(name = "ItemStatus")
public enum ItemStatus {
    DRAFT, PUBLISHED, WITHDRAWN, FULFILLED, EXPIRED
}

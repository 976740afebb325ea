package org.elbasar.catalog.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An offer (what a member proposes) or a request (what a member looks for). */
@Schema(name = "ItemKind")
public enum ItemKind {
    OFFER, REQUEST
}

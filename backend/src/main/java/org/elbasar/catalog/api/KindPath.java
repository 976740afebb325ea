package org.elbasar.catalog.api;

import org.elbasar.catalog.domain.ItemKind;
import org.elbasar.common.api.ApiException;

/** The two collections of the catalogue: /offers and /requests. */
final class KindPath {

    static final String PATTERN = "{kind: offers|requests}";

    private KindPath() {
    }

    static ItemKind kind(String path) {
        return switch (path) {
            case "offers" -> ItemKind.OFFER;
            case "requests" -> ItemKind.REQUEST;
            default -> throw ApiException.notFound();
        };
    }
}

package org.elbasar.catalog.service;

import java.util.UUID;
import org.elbasar.catalog.domain.ItemKind;

/** Fired, within its transaction, when an offer or a request enters the catalogue (the hotline listens). */
public record ItemPublished(UUID itemId, ItemKind kind, UUID organisationId) {
}

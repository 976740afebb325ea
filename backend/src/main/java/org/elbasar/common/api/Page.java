package org.elbasar.common.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list: the items, how many there are in all, and which page this is. */
public record Page<T>(
        List<T> items,
        @Schema(description = "Number of items matching, over all pages", examples = "42") long total,
        @Schema(description = "Zero-based page number", examples = "0") int page,
        @Schema(description = "Page size asked for", examples = "20") int size) {
}

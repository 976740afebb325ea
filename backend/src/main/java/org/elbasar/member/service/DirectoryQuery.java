package org.elbasar.member.service;

import org.elbasar.member.domain.LegalForm;

/** What a directory search asks for; null fields do not filter. */
public record DirectoryQuery(
        String text,
        String sector,
        String territory,
        LegalForm legalForm,
        boolean newThisMonth,
        Sort sort,
        int page,
        int size) {

    /** Orders of the directory; relevance falls back to name when there is no text. */
    public enum Sort { RELEVANCE, NAME, NEWEST }
}

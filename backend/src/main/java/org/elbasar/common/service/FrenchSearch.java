package org.elbasar.common.service;

/** The SQL of a French full-text query, folded the way stored vectors are (see migration V4). */
public final class FrenchSearch {

    private FrenchSearch() {
    }

    /** A tsquery from the words in the named query parameter (web-search syntax: quotes, or, -). */
    public static String tsquery(String parameter) {
        return "websearch_to_tsquery('elbasar_fr', elbasar_fold(:" + parameter + "))";
    }
}

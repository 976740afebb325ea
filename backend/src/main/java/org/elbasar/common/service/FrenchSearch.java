package org.elbasar.common.service;

/** The SQL of a French full-text query, folded the way stored vectors are (see migration V4). */
public final class FrenchSearch {

    private FrenchSearch() {
    }

    /** A tsquery from the words in the named query parameter (web-search syntax: quotes, or, -). */
    public static String tsquery(String parameter) {
        return "websearch_to_tsquery('elbasar_fr', elbasar_fold(:" + parameter + "))";
    }

    /**
     * The same tsquery computed once per statement, for a filter that visits every row (an OR the index cannot
     * serve): a generic plan would fold the words again for each row, and the fold looks them up in search_synonym.
     * Not for indexed searches: the planner cannot see through it to estimate how many rows match.
     */
    public static String tsqueryOnce(String parameter) {
        return "(SELECT " + tsquery(parameter) + ")";
    }
}

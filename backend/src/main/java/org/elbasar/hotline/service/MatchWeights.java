package org.elbasar.hotline.service;

/**
 * Every weight of the matching, in one place (explained in docs/matching.md). A suggestion's score
 * is its relevance, the sum of the points of its reasons; what the organisations did before only
 * orders suggestions of equal score (see the tie-breakers below). The ranking cases of
 * MatchingRankingTest show the effect of a change.
 */
public final class MatchWeights {

    private MatchWeights() {
    }

    /** The offer is filed in the request's category. */
    public static final int SAME_CATEGORY = 30;
    /** The offer is filed in the same top category (a sibling sub-category, or the top one). */
    public static final int RELATED_CATEGORY = 15;
    /** Per word of the need's title found in the candidate (after folding and stemming)... */
    public static final int PER_SHARED_TITLE_WORD = 10;
    /** ...per word of its description only; half of these when the word is not in the candidate's title (or name)... */
    public static final int PER_SHARED_DESCRIPTION_WORD = 4;
    /** ...up to this many points. */
    public static final int MAX_SHARED_WORDS = 30;
    /** Nearer ranks higher: the two organisations are in the same commune, EPCI or département. */
    public static final int SAME_COMMUNE = 20;
    public static final int SAME_EPCI = 14;
    public static final int SAME_DEPARTEMENT = 8;
    /** The offer says it reaches the requester's territory (or is remote), without being near. */
    public static final int REACHES_REQUESTER = 4;
    /** Both market, or both non-market: a non-market need prefers non-market offers but still sees the others. */
    public static final int COMPATIBLE_MODE = 8;
    /** Exactly the same mode (a loan for a loan...), on top of the compatibility. */
    public static final int SAME_MODE = 6;
    /** The provider works in a sector whose name shares words with the need. */
    public static final int SECTOR = 6;
    // Tie-breakers: history, told as reasons of 0 points. They order suggestions of equal score
    // and never outweigh a point of relevance, so that a busy organisation cannot bury a newcomer's
    // better offer under its loosely related ones.

    /** The two organisations already made an exchange together. */
    public static final int EXCHANGED_TOGETHER = 12;
    /** The provider already made an exchange in this top category. */
    public static final int EXCHANGES_IN_CATEGORY = 6;
    /** Up to this much for answering introductions (share answered within a week)... */
    public static final int RESPONSIVE = 8;
    /** ...counted once it was introduced at least this many times. */
    public static final int RESPONSIVENESS_MIN_INTRODUCTIONS = 2;
    /** Left unanswered most introductions (under a quarter answered, at least three). */
    public static final int UNRESPONSIVE = -6;

    /**
     * Words that say nothing about a need: what every request says ("recherche", "besoin"...) and
     * French stop words that accent folding lets through ("à" becomes "a", "nous" loses its s).
     */
    public static final String IGNORED_WORDS = "à a nous vous les des dans sans sous pour par avec chez deux trois "
            + "recherche recherchons cherche cherchons besoin besoins souhaitons proposons propose merci "
            + "semaine semaines jour jours journée mois fois état tout tous toute toutes";

    /** A newly published offer is reported to a request's author and animators from this score on. */
    public static final int OFFER_MATCH_MINIMUM = 45;
}

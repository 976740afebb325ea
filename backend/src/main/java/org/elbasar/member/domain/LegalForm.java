package org.elbasar.member.domain;

/** Legal forms of the social and solidarity economy. */
public enum LegalForm {
    ASSOCIATION, SCOP, SCIC, COOPERATIVE, MUTUAL, FOUNDATION, SOCIAL_ENTERPRISE, OTHER
}

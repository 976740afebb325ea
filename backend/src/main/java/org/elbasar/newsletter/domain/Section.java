package org.elbasar.newsletter.domain;

/** The parts of an issue, in the order they are sent. */
public enum Section {
    NEW_MEMBERS, OFFERS, REQUESTS, EVENTS, STORY
}

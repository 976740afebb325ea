package org.elbasar.event.domain;

/** A member's proposal waits for an animator; animators publish directly. */
public enum EventStatus { PROPOSED, PUBLISHED, REJECTED, CANCELLED }

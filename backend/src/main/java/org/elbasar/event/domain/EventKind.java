package org.elbasar.event.domain;

/** The network's kinds of convivial time. */
public enum EventKind { APERO, BREAKFAST, POST_IT, FAIR, WORKSHOP, VISIT, OTHER }

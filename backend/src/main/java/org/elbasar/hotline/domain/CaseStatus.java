package org.elbasar.hotline.domain;

/** Where the hotline stands with a need. */
public enum CaseStatus { NEW, IN_PROGRESS, INTRODUCED, RESOLVED, UNRESOLVED }

package org.elbasar.hotline.domain;

/** The two parties of an introduction. */
public enum Side { REQUESTER, PROVIDER }

package org.elbasar.hotline.domain;

/** How a need reached the network: posted by the member, or received by an animator. */
public enum NeedChannel { PLATFORM, PHONE, EMAIL, EVENT, PARTNER }

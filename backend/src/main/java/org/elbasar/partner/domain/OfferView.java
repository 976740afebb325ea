package org.elbasar.partner.domain;

/** Which offers a subscription follows: every listed offer, or the Ceres view of market offers shown there. */
public enum OfferView {
    ALL, MARKET
}

package org.elbasar.partner.domain;

/** A buyer's budget, in the bands of French public procurement (excluding tax). */
public enum AmountBracket {
    UNDER_40K, FROM_40K_TO_90K, FROM_90K_TO_221K, OVER_221K, UNKNOWN
}

package org.elbasar.hotline.domain;

/** proposed → accepted / declined → exchange made / no follow-up. */
public enum IntroductionStatus {
    PROPOSED, ACCEPTED, DECLINED, EXCHANGE_MADE, NO_FOLLOW_UP;

    public boolean isOver() {
        return this == DECLINED || this == EXCHANGE_MADE || this == NO_FOLLOW_UP;
    }
}

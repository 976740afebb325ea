package org.elbasar.account.domain;

/** Role names as they appear in access tokens (`groups`) and in @RolesAllowed. */
public final class Roles {

    public static final String MEMBER = "MEMBER";
    public static final String ORG_ADMIN = "ORG_ADMIN";
    public static final String ANIMATOR = "ANIMATOR";
    public static final String ADMIN = "ADMIN";
    /** Any signed-in person, whatever their roles. */
    public static final String SIGNED_IN = "**";

    private Roles() {
    }
}

package org.elbasar.partner.domain;

/** The OAuth scopes of partner tokens; each is also a group of the token, so that endpoints require it with @RolesAllowed. */
public final class PartnerScopes {

    public static final String CATALOG_READ = "catalog:read";
    public static final String ORGANISATIONS_READ = "organisations:read";
    public static final String OPPORTUNITIES_WRITE = "opportunities:write";
    public static final String WEBHOOKS_MANAGE = "webhooks:manage";

    private PartnerScopes() {
    }
}

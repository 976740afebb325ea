package org.elbasar.common.service;

import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * Who is calling, as the access token says: the person, their organisation and roles, and the
 * language of the request. Services decide ownership from it.
 */
public record Caller(UUID personId, UUID organisationId, Set<String> roles, Locale locale) {

    public static Caller anonymous(Locale locale) {
        return new Caller(null, null, Set.of(), locale);
    }

    public boolean signedIn() {
        return personId != null;
    }

    public boolean has(String role) {
        return roles.contains(role);
    }

    /** Network staff: animators and admins. */
    public boolean isStaff() {
        return has("ANIMATOR") || has("ADMIN");
    }

    /** Members of an active organisation and staff may see private contact details. */
    public boolean seesContacts() {
        return has("MEMBER") || isStaff();
    }

    public boolean belongsTo(UUID organisation) {
        return organisationId != null && organisationId.equals(organisation);
    }

    public boolean administers(UUID organisation) {
        return belongsTo(organisation) && has("ORG_ADMIN");
    }
}

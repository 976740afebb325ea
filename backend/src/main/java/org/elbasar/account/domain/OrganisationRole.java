package org.elbasar.account.domain;

/** A person's role within their organisation: admins manage its profile and its people. */
public enum OrganisationRole {
    MEMBER, ORG_ADMIN
}

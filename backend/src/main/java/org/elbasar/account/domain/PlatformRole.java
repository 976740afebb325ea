package org.elbasar.account.domain;

/** Network staff roles: animators run the network, admins also configure the platform. */
public enum PlatformRole {
    ANIMATOR, ADMIN
}

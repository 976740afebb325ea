package org.elbasar.account.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.elbasar.common.validation.EmailAddresses;
import org.elbasar.member.domain.Organisation;
import org.elbasar.member.domain.OrganisationStatus;

/** A person with an account: acts for at most one organisation, and may be network staff. */
@Entity
public class Person extends PanacheEntityBase {

    @Id
    public UUID id;

    public String email;

    @Column(name = "password_hash")
    public String passwordHash;

    @Column(name = "first_name")
    public String firstName;

    @Column(name = "last_name")
    public String lastName;

    public String locale;

    @Enumerated(EnumType.STRING)
    @Column(name = "platform_role")
    public PlatformRole platformRole;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id")
    public Organisation organisation;

    @Enumerated(EnumType.STRING)
    @Column(name = "organisation_role")
    public OrganisationRole organisationRole;

    public boolean active;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "password_changed_at")
    public Instant passwordChangedAt;

    /** Emailed when a newly published offer could meet one of their requests. */
    @Column(name = "notify_matching_offers")
    public boolean notifyMatchingOffers;

    /** Receives the monthly newsletter (everyone does until they opt out). */
    public boolean newsletter = true;

    /** Names them in the newsletter's unsubscribe links; given by the database. */
    @org.hibernate.annotations.Generated
    @Column(name = "newsletter_token", insertable = false, updatable = false)
    public String newsletterToken;

    /** When the person erased their account; the row stays, nameless, for what their organisation did. */
    @Column(name = "erased_at")
    public Instant erasedAt;

    @Version
    public int version;

    /** The account of an address, compared in its normalised form and without case, as the unique index does. */
    public static Optional<Person> findByEmail(String email) {
        return find("lower(email) = ?1", EmailAddresses.key(email)).firstResultOptional();
    }

    public Locale preferredLocale() {
        return Locale.forLanguageTag(locale);
    }

    public String fullName() {
        return firstName + " " + lastName;
    }

    /** The roles carried in access tokens, derived from what the person is now. */
    public Set<String> roles() {
        Set<String> roles = new LinkedHashSet<>();
        if (organisation != null && organisation.status == OrganisationStatus.ACTIVE) {
            roles.add(Roles.MEMBER);
            if (organisationRole == OrganisationRole.ORG_ADMIN) {
                roles.add(Roles.ORG_ADMIN);
            }
        }
        if (platformRole != null) {
            roles.add(platformRole.name());
        }
        return roles;
    }
}

package org.elbasar.testing;

import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import org.elbasar.account.domain.OrganisationRole;
import org.elbasar.account.domain.Person;
import org.elbasar.account.domain.PlatformRole;
import org.elbasar.account.service.PasswordHasher;
import org.elbasar.common.api.CurrentCaller;
import org.elbasar.member.domain.LegalForm;
import org.elbasar.member.domain.Organisation;
import org.elbasar.member.domain.OrganisationStatus;
import org.elbasar.member.domain.Sector;
import org.elbasar.member.domain.Territory;

/** Creates test data straight in the database, each with unique names, and mints access tokens. */
@ApplicationScoped
public class Fixtures {

    public static final String PASSWORD = "Correct-horse-battery-1";

    private final PasswordHasher hasher;
    private String passwordHash;

    public Fixtures(PasswordHasher hasher) {
        this.hasher = hasher;
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Transactional
    public Organisation organisation(String name, OrganisationStatus status, String communeId, String... sectors) {
        Organisation organisation = new Organisation();
        organisation.id = UUID.randomUUID();
        organisation.name = name;
        organisation.legalForm = LegalForm.ASSOCIATION;
        organisation.description = "Association de test " + name;
        organisation.activities = new ArrayList<>(List.of("tests"));
        organisation.commune = Territory.findById(communeId);
        organisation.sectors = new LinkedHashSet<>(Sector.list("code in ?1", List.of(sectors.length == 0 ? new String[] { "reuse" } : sectors)));
        organisation.contactEmail = "contact@" + organisation.id + ".example";
        organisation.phone = "03 20 00 00 00";
        organisation.status = status;
        organisation.createdAt = Instant.now();
        organisation.updatedAt = organisation.createdAt;
        organisation.joinedAt = status == OrganisationStatus.ACTIVE ? organisation.createdAt : null;
        organisation.persist();
        return organisation;
    }

    /** An active organisation with the given words to be found by. */
    @Transactional
    public Organisation described(String name, String description, List<String> activities, String communeId, String... sectors) {
        Organisation organisation = organisation(name, OrganisationStatus.ACTIVE, communeId, sectors);
        Organisation managed = Organisation.findById(organisation.id);
        managed.description = description;
        managed.activities = new ArrayList<>(activities);
        return managed;
    }

    @Transactional
    public void joinedDaysAgo(UUID organisationId, int days) {
        Organisation managed = Organisation.findById(organisationId);
        managed.joinedAt = Instant.now().minus(java.time.Duration.ofDays(days));
    }

    /** Copies a published item {@code copies} times (published a little earlier each), straight in SQL. */
    @Transactional
    public void copies(java.util.UUID itemId, int copies) {
        Organisation.getEntityManager().createNativeQuery("""
                INSERT INTO catalog_item (id, kind, organisation_id, author_id, title, description, category_code, mode,
                  market, price, price_unit, on_quote, indicative_value, reach, reach_territory_id, availability, needed_by,
                  status, expires_at, created_at, updated_at, published_at, version)
                SELECT gen_random_uuid(), kind, organisation_id, author_id, 'Copie ' || n, description, category_code, mode,
                  market, price, price_unit, on_quote, indicative_value, reach, reach_territory_id, availability, needed_by,
                  status, expires_at, created_at, updated_at, published_at - n * interval '1 minute', 0
                FROM catalog_item, generate_series(1, :copies) AS n WHERE id = :item""")
                .setParameter("copies", copies).setParameter("item", itemId).executeUpdate();
    }

    /** Copies an active organisation {@code copies} times (joined a minute earlier each, no sector), straight in SQL. */
    @Transactional
    public void organisationCopies(UUID organisationId, int copies) {
        Organisation.getEntityManager().createNativeQuery("""
                INSERT INTO organisation (id, name, legal_form, description, activities, commune_id, contact_email, status,
                  created_at, joined_at, updated_at)
                SELECT gen_random_uuid(), name || ' ' || n, legal_form, description, activities, commune_id, contact_email, status,
                  created_at, joined_at - n * interval '1 minute', updated_at
                FROM organisation, generate_series(1, :copies) AS n WHERE id = :organisation""")
                .setParameter("copies", copies).setParameter("organisation", organisationId).executeUpdate();
    }

    /** A sector of its own, so that figures by sector only count a test's own organisations. */
    @Transactional
    public String sector() {
        String code = unique("test").toLowerCase();
        Organisation.getEntityManager().createNativeQuery("INSERT INTO sector (code, name_fr, name_en, position) VALUES (:code, :code, :code, 999)")
                .setParameter("code", code).executeUpdate();
        return code;
    }

    /** Recomputes the impact rollups from the exchanges, as after a bulk load. */
    @Transactional
    public void rebuildImpact() {
        Organisation.getEntityManager().createNativeQuery("SELECT impact_rebuild()").getSingleResult();
    }

    public Organisation activeOrganisation() {
        return organisation(unique("Asso"), OrganisationStatus.ACTIVE, "commune:59350");
    }

    @Transactional
    public Person person(UUID organisationId, OrganisationRole role, PlatformRole platformRole) {
        if (passwordHash == null) {
            passwordHash = hasher.hash(PASSWORD);
        }
        Person person = new Person();
        person.id = UUID.randomUUID();
        person.email = unique("person") + "@test.example";
        person.firstName = "Test";
        person.lastName = unique("Person");
        person.passwordHash = passwordHash;
        person.locale = "fr";
        person.active = true;
        person.createdAt = Instant.now();
        person.passwordChangedAt = person.createdAt;
        person.platformRole = platformRole;
        if (organisationId != null) {
            person.organisation = Organisation.findById(organisationId);
            person.organisationRole = role;
        }
        person.persist();
        return person;
    }

    public Person orgAdmin(UUID organisationId) {
        return person(organisationId, OrganisationRole.ORG_ADMIN, null);
    }

    public Person member(UUID organisationId) {
        return person(organisationId, OrganisationRole.MEMBER, null);
    }

    public Person animator() {
        return person(null, null, PlatformRole.ANIMATOR);
    }

    public Person admin() {
        return person(null, null, PlatformRole.ADMIN);
    }

    /** An access token as the platform issues it, with the person's current roles. */
    @Transactional
    public String token(Person detached) {
        Person person = Person.findById(detached.id);
        var builder = Jwt.subject(person.id.toString()).upn(person.email).groups(person.roles());
        if (person.organisation != null) {
            builder.claim(CurrentCaller.ORGANISATION_CLAIM, person.organisation.id.toString());
        }
        return builder.sign();
    }
}

package org.elbasar.common.service;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.time.YearMonth;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.elbasar.account.domain.OrganisationRole;
import org.elbasar.account.domain.Person;
import org.elbasar.account.domain.PlatformRole;
import org.elbasar.account.service.PasswordHasher;
import org.elbasar.catalog.domain.CatalogItem;
import org.elbasar.catalog.domain.Category;
import org.elbasar.catalog.domain.ItemKind;
import org.elbasar.catalog.domain.ItemMode;
import org.elbasar.catalog.domain.ItemStatus;
import org.elbasar.catalog.domain.PriceUnit;
import org.elbasar.catalog.domain.Reach;
import org.elbasar.member.domain.CharterAcceptance;
import org.elbasar.member.domain.LegalForm;
import org.elbasar.member.domain.Organisation;
import org.elbasar.member.domain.OrganisationStatus;
import org.elbasar.member.domain.Sector;
import org.elbasar.member.domain.Territory;
import org.elbasar.common.validation.SiretValidator;
import org.elbasar.event.domain.Event;
import org.elbasar.event.domain.EventKind;
import org.elbasar.event.domain.EventRegistration;
import org.elbasar.event.domain.EventStatus;
import org.elbasar.event.domain.RegistrationStatus;
import org.elbasar.exchange.domain.Exchange;
import org.elbasar.exchange.domain.ExchangeSide;
import org.elbasar.exchange.domain.ExchangeStatus;
import org.elbasar.exchange.domain.OriginChannel;
import org.elbasar.exchange.domain.ValuationKind;
import org.elbasar.exchange.service.Valuations;
import org.elbasar.newsletter.domain.Newsletter;
import org.elbasar.newsletter.service.NewsletterDrafts;
import org.elbasar.newsletter.service.NewsletterSending;
import org.jboss.logging.Logger;

/**
 * Fictional but realistic members for trying elBasar (`make run`): loaded once into an empty
 * database when elbasar.demo-data.enabled is set, never in production.
 */
@ApplicationScoped
public class DemoData {

    public static final String PASSWORD = "Demo-elbasar-2026!";
    private static final Logger LOG = Logger.getLogger(DemoData.class);
    private final Valuations valuations;

    private final NewsletterDrafts newsletterDrafts;
    private final NewsletterSending newsletterSending;

    private final boolean enabled;
    private final PasswordHasher hasher;
    private final Clock clock;

    public DemoData(@ConfigProperty(name = "elbasar.demo-data.enabled") boolean enabled, PasswordHasher hasher, Valuations valuations,
            NewsletterDrafts newsletterDrafts, NewsletterSending newsletterSending, Clock clock) {
        this.valuations = valuations;
        this.newsletterDrafts = newsletterDrafts;
        this.newsletterSending = newsletterSending;
        this.enabled = enabled;
        this.hasher = hasher;
        this.clock = clock;
    }

    void onStart(@Observes StartupEvent event) {
        if (enabled && load()) {
            LOG.infof("""

                    Demo data loaded. Demo accounts (password %s):
                      admin@elbasar.test      ADMIN
                      animation@elbasar.test  ANIMATOR
                      membre1@elbasar.test    MEMBER, org admin of La Ressourcerie du Vieux-Lille
                      membre2@elbasar.test    MEMBER, org admin of Coop'Vélo Roubaix
                    """, PASSWORD);
        }
    }

    /** Loads the demo members if the database has no organisation yet; true if it did. */
    @Transactional
    public boolean load() {
        if (Organisation.count() > 0) {
            return false;
        }
        String passwordHash = hasher.hash(PASSWORD);
        Instant now = clock.instant();
        staff("admin@elbasar.test", "Alex", "Martin", PlatformRole.ADMIN, passwordHash, now);
        staff("animation@elbasar.test", "Claire", "Bernard", PlatformRole.ANIMATOR, passwordHash, now);
        int index = 0;
        List<Organisation> organisations = new ArrayList<>();
        List<Person> authors = new ArrayList<>();
        for (String[] row : rows("/demo/organisations.tsv")) {
            index++;
            Organisation organisation = new Organisation();
            organisation.id = UUID.nameUUIDFromBytes(("demo-organisation-" + index).getBytes(StandardCharsets.UTF_8));
            organisation.name = row[0];
            organisation.legalForm = LegalForm.valueOf(row[1]);
            organisation.commune = Territory.findById("commune:" + row[2]);
            organisation.sectors = new LinkedHashSet<>(Sector.list("code in ?1", Arrays.asList(row[3].split(","))));
            organisation.phone = row[4];
            organisation.website = row[5].isEmpty() ? null : row[5];
            organisation.activities = new ArrayList<>(Arrays.asList(row[6].split(";")));
            organisation.description = row[7];
            organisation.contactEmail = row[10];
            organisation.siret = index % 3 == 0 ? siret(index) : null;
            boolean pending = row.length < 12 || row[11].isEmpty();
            Instant created = pending ? now.minus(Duration.ofDays(2)) : now.minus(Duration.ofDays(Long.parseLong(row[11]) + 7));
            organisation.status = pending ? OrganisationStatus.PENDING : OrganisationStatus.ACTIVE;
            organisation.createdAt = created;
            organisation.updatedAt = created;
            organisation.joinedAt = pending ? null : now.minus(Duration.ofDays(Long.parseLong(row[11])));
            organisation.persist();

            Person person = person(row[10], row[8], row[9], passwordHash, created);
            person.organisation = organisation;
            person.organisationRole = OrganisationRole.ORG_ADMIN;
            person.persist();
            CharterAcceptance acceptance = new CharterAcceptance();
            acceptance.personId = person.id;
            acceptance.organisationId = organisation.id;
            acceptance.charterVersion = 1;
            acceptance.acceptedAt = created;
            acceptance.persist();
            organisations.add(organisation);
            authors.add(person);
        }
        loadCatalogue(organisations, authors, now);
        loadExchanges(organisations, authors, now);
        loadEvents(authors, now);
        loadNewsletter();
        return true;
    }

    /** Last month's issue, sent (so the archive has one); this month's draft is left for the animators to compose. */
    private void loadNewsletter() {
        Organisation.getEntityManager().flush();
        YearMonth lastMonth = YearMonth.now(clock.withZone(ClockProducer.PARIS)).minusMonths(1);
        newsletterDrafts.composeIfMissing(lastMonth);
        Newsletter issue = Newsletter.find("month", lastMonth.atDay(1)).firstResult();
        issue.editorialFr = "Chères adhérentes, chers adhérents,\n\nMerci pour ce mois riche en échanges : voici ce que le réseau a vécu.";
        issue.editorialEn = "Dear members,\n\nThank you for a month full of exchanges: here is what the network lived.";
        Person animator = Person.findByEmail("animation@elbasar.test").orElseThrow();
        newsletterSending.send(issue.id, issue.version, new Caller(animator.id, null, animator.roles(), Locale.FRENCH));
    }

    /** Offers and requests of the demo members; column org is the 1-based row of organisations.tsv. */
    private void loadCatalogue(List<Organisation> organisations, List<Person> authors, Instant now) {
        int index = 0;
        for (String[] row : rows("/demo/catalogue.tsv")) {
            index++;
            int org = Integer.parseInt(row[0]) - 1;
            Organisation organisation = organisations.get(org);
            CatalogItem item = new CatalogItem();
            item.id = UUID.nameUUIDFromBytes(("demo-item-" + index).getBytes(StandardCharsets.UTF_8));
            item.kind = ItemKind.valueOf(row[1]);
            item.organisation = organisation;
            item.authorId = authors.get(org).id;
            item.title = row[2];
            item.description = row[3];
            item.category = Category.findById(row[4]);
            item.mode = ItemMode.valueOf(row[5]);
            item.market = item.mode.market();
            item.price = row[6].isEmpty() ? null : new BigDecimal(row[6]);
            item.priceUnit = row[7].isEmpty() ? null : PriceUnit.valueOf(row[7]);
            item.onQuote = Boolean.parseBoolean(row[8]);
            // half the market offers show on Ceres, so the partner's market view has something
            item.showOnCeres = item.market && item.kind == ItemKind.OFFER && index % 2 == 0;
            item.indicativeValue = row[9].isEmpty() ? null : new BigDecimal(row[9]);
            item.reach = Reach.valueOf(row[10]);
            item.reachTerritory = switch (item.reach) {
                case COMMUNE -> organisation.commune;
                case EPCI -> Territory.findById(organisation.commune.epciId);
                case DEPARTEMENT -> Territory.findById(organisation.commune.departementId);
                case REGION -> Territory.findById("region:32");
                case REMOTE -> null;
            };
            item.availability = row[11].isEmpty() ? null : row[11];
            item.neededBy = row[12].isEmpty() ? null
                    : LocalDate.now(clock.withZone(ClockProducer.PARIS)).plusDays(Long.parseLong(row[12]));
            item.status = ItemStatus.PUBLISHED;
            item.publishedAt = now.minus(Duration.ofDays(Long.parseLong(row[13])));
            item.createdAt = item.publishedAt;
            item.updatedAt = item.publishedAt;
            item.expiresAt = item.publishedAt.plus(Duration.ofDays(90));
            item.persist();
        }
    }

    /** Exchanges between demo members, valued by the starting rules; the impact rollups are then computed. */
    private void loadExchanges(List<Organisation> organisations, List<Person> authors, Instant now) {
        LocalDate today = LocalDate.now(clock.withZone(ClockProducer.PARIS));
        int index = 0;
        for (String[] row : rows("/demo/exchanges.tsv")) {
            index++;
            int provider = Integer.parseInt(row[0]) - 1;
            int beneficiary = Integer.parseInt(row[1]) - 1;
            Exchange exchange = new Exchange();
            exchange.id = UUID.nameUUIDFromBytes(("demo-exchange-" + index).getBytes(StandardCharsets.UTF_8));
            exchange.providerId = organisations.get(provider).id;
            exchange.beneficiaryId = organisations.get(beneficiary).id;
            exchange.declaredBySide = ExchangeSide.PROVIDER;
            exchange.declaredBy = authors.get(provider).id;
            exchange.mode = ItemMode.valueOf(row[2]);
            exchange.occurredOn = today.minusDays(Long.parseLong(row[3]));
            exchange.channel = OriginChannel.valueOf(row[4]);
            exchange.description = row[10];
            if (exchange.mode.market()) {
                exchange.amountEur = new BigDecimal(row[5]);
            } else {
                exchange.valuationKind = ValuationKind.defaultFor(exchange.mode);
                exchange.hours = row[6].isEmpty() ? null : new BigDecimal(row[6]);
                exchange.days = row[7].isEmpty() ? null : Integer.valueOf(row[7]);
                exchange.declaredValueEur = row[8].isEmpty() ? null : new BigDecimal(row[8]);
                Valuations.Valued valued = valuations.value(exchange.valuationKind, exchange.occurredOn,
                        new Valuations.Declared(exchange.hours, exchange.days, exchange.declaredValueEur));
                exchange.valueEur = valued.valueEur();
                exchange.ruleId = valued.rule().id;
            }
            exchange.status = ExchangeStatus.valueOf(row[9]);
            exchange.createdAt = now;
            exchange.updatedAt = now;
            if (exchange.status == ExchangeStatus.CONFIRMED) {
                exchange.confirmedBy = authors.get(beneficiary).id;
                exchange.confirmedAt = now;
            }
            exchange.persist();
        }
        Exchange.getEntityManager().flush();
        Exchange.getEntityManager().createNativeQuery("SELECT impact_rebuild()").getSingleResult();
    }

    /**
     * Convivial events, upcoming and past, with their registrations (in order: beyond the capacity, people wait) and,
     * for past ones, check-ins and the exchanges born there (rows of exchanges.tsv).
     */
    private void loadEvents(List<Person> authors, Instant now) {
        LocalDate today = LocalDate.now(clock.withZone(ClockProducer.PARIS));
        UUID animator = Person.findByEmail("animation@elbasar.test").orElseThrow().id;
        int index = 0;
        for (String[] row : rows("/demo/events.tsv")) {
            index++;
            Event event = new Event();
            event.id = UUID.nameUUIDFromBytes(("demo-event-" + index).getBytes(StandardCharsets.UTF_8));
            event.kind = EventKind.valueOf(row[0]);
            event.title = row[1];
            event.territoryId = row[2];
            boolean online = row[3].startsWith("https://");
            event.venue = online ? null : row[3];
            event.onlineUrl = online ? row[3] : null;
            event.startsAt = today.plusDays(Long.parseLong(row[4])).atTime(LocalTime.parse(row[5])).atZone(ClockProducer.PARIS).toInstant();
            event.endsAt = event.startsAt.plusSeconds((long) (Double.parseDouble(row[6]) * 3600));
            event.capacity = row[7].isEmpty() ? null : Integer.valueOf(row[7]);
            Person host = row[8].isEmpty() ? null : authors.get(Integer.parseInt(row[8]) - 1);
            event.hostOrganisationId = host == null ? null : host.organisation.id;
            event.status = EventStatus.valueOf(row[9]);
            event.organiserId = event.status == EventStatus.PROPOSED ? host.id : animator;
            event.description = row[12];
            event.createdAt = now.minus(Duration.ofDays(Math.max(7, 7 - Long.parseLong(row[4]))));
            event.updatedAt = event.createdAt;
            event.publishedAt = event.status == EventStatus.PUBLISHED ? event.createdAt : null;
            event.persist();
            boolean past = event.startsAt.isBefore(now);
            int arrival = 0;
            for (String who : row[10].isEmpty() ? new String[0] : row[10].split(",")) {
                Person person = authors.get(Integer.parseInt(who) - 1);
                EventRegistration registration = new EventRegistration();
                registration.id = UUID.nameUUIDFromBytes(("demo-registration-" + index + "-" + who).getBytes(StandardCharsets.UTF_8));
                registration.eventId = event.id;
                registration.personId = person.id;
                registration.organisationId = person.organisation.id;
                registration.status = event.capacity == null || arrival < event.capacity ? RegistrationStatus.REGISTERED : RegistrationStatus.WAITING;
                registration.registeredAt = event.createdAt.plus(Duration.ofHours(++arrival));
                registration.checkedInAt = past ? event.startsAt.plus(Duration.ofMinutes(10L * arrival)) : null;
                registration.checkedInBy = past ? animator : null;
                registration.persist();
            }
            for (String born : row[11].isEmpty() ? new String[0] : row[11].split(",")) {
                Exchange exchange = Exchange.findById(UUID.nameUUIDFromBytes(("demo-exchange-" + born).getBytes(StandardCharsets.UTF_8)));
                exchange.eventId = event.id;
            }
        }
    }

    private void staff(String email, String firstName, String lastName, PlatformRole role, String passwordHash, Instant now) {
        if (Person.findByEmail(email).isPresent()) {
            return;
        }
        Person person = person(email, firstName, lastName, passwordHash, now);
        person.platformRole = role;
        person.persist();
    }

    private static Person person(String email, String firstName, String lastName, String passwordHash, Instant created) {
        Person person = new Person();
        person.id = UUID.nameUUIDFromBytes(("demo-person-" + email).getBytes(StandardCharsets.UTF_8));
        person.email = email;
        person.firstName = firstName;
        person.lastName = lastName;
        person.passwordHash = passwordHash;
        person.locale = "fr";
        person.active = true;
        person.createdAt = created;
        person.passwordChangedAt = created;
        return person;
    }

    /** A fictional SIRET with a valid Luhn key. */
    static String siret(int seed) {
        String body = String.format("9%08d%04d", 10_000 + seed * 7919, seed);
        for (int key = 0; key < 10; key++) {
            String candidate = body + key;
            if (SiretValidator.isValid(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException();
    }

    private static List<String[]> rows(String resource) {
        try (var in = DemoData.class.getResourceAsStream(resource);
                var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().skip(1).filter(l -> !l.isBlank()).map(l -> l.split("\t", -1)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

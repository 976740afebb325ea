package org.elbasar.catalog.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response.Status;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.elbasar.account.domain.Person;
import org.elbasar.catalog.api.ItemInput;
import org.elbasar.catalog.api.ItemViews.Change;
import org.elbasar.catalog.api.ItemViews.ItemDetail;
import org.elbasar.catalog.domain.CatalogItem;
import org.elbasar.catalog.domain.ExtensionLink;
import org.elbasar.catalog.domain.ItemChange;
import org.elbasar.catalog.domain.ItemKind;
import org.elbasar.catalog.domain.ItemStatus;
import org.elbasar.catalog.domain.Reach;
import org.elbasar.common.api.ApiException;
import org.elbasar.common.service.Caller;
import org.elbasar.common.service.ClockProducer;
import org.elbasar.common.service.MailOutbox;
import org.elbasar.common.service.SecretTokens;
import org.elbasar.member.domain.Organisation;
import org.elbasar.member.domain.OrganisationStatus;
import org.elbasar.member.domain.Territory;

/** Offers and requests: writing them, their life from draft to fulfilled, and moderation. */
@ApplicationScoped
public class ItemService {

    static final Duration DEFAULT_LIFETIME = Duration.ofDays(90);
    static final Duration MAX_LIFETIME = Duration.ofDays(365);
    static final String REGION_ID = "region:32";

    private final EntityManager entityManager;
    private final CategoryService categories;
    private final ItemDetails details;
    private final ItemAudience audience;
    private final MailOutbox mail;
    private final Event<ItemPublished> published;
    private final Clock clock;

    public ItemService(EntityManager entityManager, CategoryService categories, ItemDetails details, ItemAudience audience,
            MailOutbox mail, Event<ItemPublished> published, Clock clock) {
        this.entityManager = entityManager;
        this.categories = categories;
        this.details = details;
        this.audience = audience;
        this.mail = mail;
        this.published = published;
        this.clock = clock;
    }

    /**
     * A request an animator received for a member organisation (by phone, email...), published at
     * once with the person who asked as its author. Returns its id.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID publishOnBehalf(ItemKind kind, ItemInput input, Organisation organisation, UUID authorId, Caller caller) {
        Instant now = clock.instant();
        CatalogItem item = new CatalogItem();
        item.id = UUID.randomUUID();
        item.kind = kind;
        item.organisation = organisation;
        item.authorId = authorId;
        item.createdAt = now;
        apply(item, input);
        item.status = ItemStatus.PUBLISHED;
        item.publishedAt = now;
        item.persist();
        record(item, caller, "published", Map.of("onBehalfOf", organisation.name));
        entityManager.flush();
        published.fire(new ItemPublished(item.id, kind, organisation.id));
        return item.id;
    }

    /** A new draft of the caller's organisation. */
    @Transactional
    public ItemDetail create(ItemKind kind, ItemInput input, Caller caller) {
        if (caller.organisationId() == null || !caller.has("MEMBER")) {
            throw new ApiException(Status.FORBIDDEN, "no-organisation");
        }
        Instant now = clock.instant();
        CatalogItem item = new CatalogItem();
        item.id = UUID.randomUUID();
        item.kind = kind;
        item.organisation = Organisation.findById(caller.organisationId());
        if (item.organisation == null || item.organisation.status != OrganisationStatus.ACTIVE) {
            throw new ApiException(Status.FORBIDDEN, "no-organisation");
        }
        item.authorId = caller.personId();
        item.status = ItemStatus.DRAFT;
        item.createdAt = now;
        apply(item, input);
        item.persist();
        record(item, caller, "created", Map.of());
        return details.of(item, caller);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ItemDetail get(ItemKind kind, UUID id, Caller caller) {
        return details.of(audience.visible(kind, id, caller), caller);
    }

    /** Replaces what its organisation wrote, if the caller saw the latest version. */
    @Transactional
    public ItemDetail update(ItemKind kind, UUID id, Integer expectedVersion, ItemInput input, Caller caller) {
        CatalogItem item = owned(kind, id, caller);
        ApiException.requireVersion(expectedVersion, item.version);
        Map<String, Object> before = snapshot(item);
        apply(item, input);
        Map<String, Object> after = snapshot(item);
        Map<String, Object> changes = new LinkedHashMap<>();
        before.forEach((field, old) -> {
            if (!Objects.equals(old, after.get(field))) {
                changes.put(field, Map.of("from", String.valueOf(old), "to", String.valueOf(after.get(field))));
            }
        });
        record(item, caller, "updated", changes);
        entityManager.flush();
        return details.of(item, caller);
    }

    /** The life of an item, moved by its organisation's people; recorded in its history as past. */
    public enum Action {
        PUBLISH("published"), WITHDRAW("withdrawn"), FULFIL("fulfilled"), EXTEND("extended");

        private final String recorded;

        Action(String recorded) {
            this.recorded = recorded;
        }
    }

    @Transactional
    public ItemDetail act(ItemKind kind, UUID id, Action action, Caller caller) {
        CatalogItem item = owned(kind, id, caller);
        Instant now = clock.instant();
        switch (action) {
            case PUBLISH -> {
                require(item.status != ItemStatus.PUBLISHED && item.status != ItemStatus.FULFILLED);
                item.status = ItemStatus.PUBLISHED;
                item.publishedAt = now;
                if (!now.isBefore(item.expiresAt)) {
                    item.expiresAt = now.plus(DEFAULT_LIFETIME);
                }
                published.fire(new ItemPublished(item.id, kind, item.organisation.id));
            }
            case WITHDRAW -> {
                require(item.status == ItemStatus.PUBLISHED);
                item.status = ItemStatus.WITHDRAWN;
            }
            case FULFIL -> {
                require(item.status == ItemStatus.PUBLISHED || item.status == ItemStatus.WITHDRAWN
                        || item.status == ItemStatus.EXPIRED);
                item.status = ItemStatus.FULFILLED;
            }
            case EXTEND -> {
                require(item.status == ItemStatus.PUBLISHED || item.status == ItemStatus.EXPIRED);
                extend(item, now);
            }
        }
        item.updatedAt = now;
        record(item, caller, action.recorded, Map.of("status", item.status.name()));
        entityManager.flush();
        return details.of(item, caller);
    }

    /** An animator hides an item from the catalogue; its author is told why. */
    @Transactional
    public ItemDetail hide(ItemKind kind, UUID id, String reason, Caller caller) {
        CatalogItem item = find(kind, id);
        require(item.hiddenAt == null);
        item.hiddenAt = clock.instant();
        item.hiddenReason = reason.trim();
        item.hiddenBy = caller.personId();
        record(item, caller, "hidden", Map.of("reason", item.hiddenReason));
        for (Person recipient : recipients(item)) {
            mail.enqueue(new MailOutbox.Message("item-hidden", recipient.email, recipient.preferredLocale(),
                    Map.of("person", recipient, "item", item, "reason", item.hiddenReason), item.title));
        }
        entityManager.flush();
        return details.of(item, caller);
    }

    @Transactional
    public ItemDetail restore(ItemKind kind, UUID id, Caller caller) {
        CatalogItem item = find(kind, id);
        require(item.hiddenAt != null);
        item.hiddenAt = null;
        item.hiddenReason = null;
        item.hiddenBy = null;
        record(item, caller, "restored", Map.of());
        entityManager.flush();
        return details.of(item, caller);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Change> history(ItemKind kind, UUID id, Caller caller) {
        CatalogItem item = audience.visible(kind, id, caller);
        if (!(caller.belongsTo(item.organisation.id) || caller.isStaff())) {
            throw ApiException.forbidden();
        }
        return entityManager.createQuery("""
                select new org.elbasar.catalog.api.ItemViews$Change(c.occurredAt, c.actorId,
                    concat(p.firstName, ' ', p.lastName), c.action, c.changes)
                from ItemChange c left join Person p on p.id = c.actorId
                where c.itemId = :item order by c.occurredAt desc, c.id desc""", Change.class)
                .setParameter("item", id)
                .getResultList();
    }

    /** The one-click extension from the expiry reminder: no sign-in, single use. */
    @Transactional
    public ItemDetail extendByLink(String token, Caller caller) {
        Instant now = clock.instant();
        ExtensionLink link = ExtensionLink.findById(SecretTokens.hash(token));
        if (link == null || link.usedAt != null || !now.isBefore(link.expiresAt)) {
            throw new ApiException(Status.NOT_FOUND, "invalid-token");
        }
        link.usedAt = now;
        CatalogItem item = CatalogItem.findById(link.itemId);
        require(item.status == ItemStatus.PUBLISHED || item.status == ItemStatus.EXPIRED);
        extend(item, now);
        item.updatedAt = now;
        record(item, caller, "extended-by-link", Map.of());
        entityManager.flush();
        return details.of(item, caller);
    }

    /** People told about their organisation's item: its author if still there, else the organisation's admins. */
    static List<Person> recipients(CatalogItem item) {
        Person author = item.authorId == null ? null : Person.findById(item.authorId);
        if (author != null && author.active && author.organisation != null && author.organisation.id.equals(item.organisation.id)) {
            return List.of(author);
        }
        return Person.list("organisation.id = ?1 and organisationRole = 'ORG_ADMIN' and active = true", item.organisation.id);
    }

    private static void extend(CatalogItem item, Instant now) {
        Instant from = item.expiresAt.isAfter(now) ? item.expiresAt : now;
        Instant extended = from.plus(DEFAULT_LIFETIME);
        Instant cap = now.plus(MAX_LIFETIME);
        item.expiresAt = extended.isAfter(cap) ? cap : extended;
        item.expiryRemindedAt = null;
        item.status = ItemStatus.PUBLISHED;
    }

    private void apply(CatalogItem item, ItemInput input) {
        item.title = input.title().trim();
        item.description = input.description().trim();
        item.category = categories.require(input.categoryCode(), "categoryCode");
        item.mode = input.mode();
        item.market = input.mode().market();
        if (item.market) {
            if (input.indicativeValue() != null) {
                throw ApiException.invalid("indicativeValue", "validation.indicative-market-only");
            }
            if (input.onQuote() && input.price() != null) {
                throw ApiException.invalid("price", "validation.price-and-quote");
            }
            if (!input.onQuote() && input.price() == null) {
                throw ApiException.invalid("price", "validation.price-required");
            }
            if (input.price() != null && input.priceUnit() == null) {
                throw ApiException.invalid("priceUnit", "validation.price-unit-required");
            }
        } else {
            if (input.price() != null || input.priceUnit() != null) {
                throw ApiException.invalid(input.price() != null ? "price" : "priceUnit", "validation.price-not-allowed");
            }
            if (input.onQuote()) {
                throw ApiException.invalid("onQuote", "validation.on-quote-market-only");
            }
        }
        item.price = input.price();
        item.priceUnit = input.price() == null ? null : input.priceUnit();
        item.onQuote = input.onQuote();
        item.indicativeValue = input.indicativeValue();
        item.reach = input.reach();
        item.reachTerritory = reachTerritory(input.reach(), input.reachTerritoryId());
        item.availability = input.availability() == null || input.availability().isBlank() ? null : input.availability().trim();
        LocalDate today = LocalDate.now(clock.withZone(ClockProducer.PARIS));
        if (input.neededBy() != null) {
            if (item.kind != ItemKind.REQUEST) {
                throw ApiException.invalid("neededBy", "validation.needed-by-offer");
            }
            if (input.neededBy().isBefore(today)) {
                throw ApiException.invalid("neededBy", "validation.date-past");
            }
        }
        item.neededBy = input.neededBy();
        if (input.showOnCeres() && !(item.market && item.kind == ItemKind.OFFER)) {
            throw ApiException.invalid("showOnCeres", "validation.ceres-market-offers");
        }
        item.showOnCeres = input.showOnCeres();
        Instant now = clock.instant();
        if (input.expiresOn() != null) {
            if (!input.expiresOn().isAfter(today) || input.expiresOn().isAfter(today.plusDays(MAX_LIFETIME.toDays()))) {
                throw ApiException.invalid("expiresOn", "validation.expiry-range");
            }
            item.expiresAt = input.expiresOn().plusDays(1).atStartOfDay(ClockProducer.PARIS).toInstant();
        } else if (item.expiresAt == null) {
            item.expiresAt = now.plus(DEFAULT_LIFETIME);
        }
        item.updatedAt = now;
    }

    private static Territory reachTerritory(Reach reach, String territoryId) {
        switch (reach) {
            case REMOTE, REGION -> {
                if (territoryId != null && !(reach == Reach.REGION && REGION_ID.equals(territoryId))) {
                    throw ApiException.invalid("reachTerritoryId", "validation.reach-no-territory");
                }
                return reach == Reach.REGION ? Territory.findById(REGION_ID) : null;
            }
            default -> {
                Territory territory = territoryId == null ? null : Territory.findById(territoryId);
                if (territory == null || !territory.kind.name().equals(reach.name())) {
                    throw ApiException.invalid("reachTerritoryId", "validation.reach-territory");
                }
                return territory;
            }
        }
    }

    private static Map<String, Object> snapshot(CatalogItem item) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("title", item.title);
        fields.put("description", item.description);
        fields.put("category", item.category.code);
        fields.put("mode", item.mode);
        fields.put("price", item.price);
        fields.put("priceUnit", item.priceUnit);
        fields.put("onQuote", item.onQuote);
        fields.put("indicativeValue", item.indicativeValue);
        fields.put("reach", item.reach);
        fields.put("reachTerritory", item.reachTerritory == null ? null : item.reachTerritory.id);
        fields.put("availability", item.availability);
        fields.put("neededBy", item.neededBy);
        fields.put("showOnCeres", item.showOnCeres);
        fields.put("expiresAt", item.expiresAt);
        return fields;
    }

    void record(CatalogItem item, Caller caller, String action, Map<String, Object> changes) {
        ItemChange change = new ItemChange();
        change.itemId = item.id;
        change.actorId = caller.personId();
        change.occurredAt = clock.instant();
        change.action = action;
        change.changes = changes;
        change.persist();
    }

    private static void require(boolean allowed) {
        if (!allowed) {
            throw new ApiException(Status.CONFLICT, "invalid-transition");
        }
    }

    private static CatalogItem find(ItemKind kind, UUID id) {
        CatalogItem item = ItemAudience.find(kind, id);
        if (item == null) {
            throw ApiException.notFound();
        }
        return item;
    }

    /** The item if the caller acts for its organisation: 404 if they cannot see it, 403 if not theirs. */
    CatalogItem owned(ItemKind kind, UUID id, Caller caller) {
        CatalogItem item = audience.visible(kind, id, caller);
        if (!(caller.belongsTo(item.organisation.id) && caller.has("MEMBER"))) {
            throw ApiException.forbidden();
        }
        return item;
    }
}

package org.elbasar.hotline.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.interceptor.Interceptor;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.elbasar.account.domain.OrganisationRole;
import org.elbasar.account.domain.Person;
import org.elbasar.catalog.api.ItemViews.CategoryRef;
import org.elbasar.catalog.api.ItemViews.OrganisationRef;
import org.elbasar.catalog.domain.ItemKind;
import org.elbasar.catalog.domain.ItemMode;
import org.elbasar.catalog.service.ItemPublished;
import org.elbasar.catalog.service.ItemService;
import org.elbasar.common.api.ApiException;
import org.elbasar.common.api.Page;
import org.elbasar.common.service.Caller;
import org.elbasar.common.service.SqlValues;
import org.elbasar.hotline.api.HotlineViews.CaseDetail;
import org.elbasar.hotline.api.HotlineViews.CaseNote;
import org.elbasar.hotline.api.HotlineViews.CaseSummary;
import org.elbasar.hotline.api.HotlineViews.CaseUpdate;
import org.elbasar.hotline.api.HotlineViews.HotlineFigures;
import org.elbasar.hotline.api.HotlineViews.NeedInput;
import org.elbasar.hotline.api.HotlineViews.NoteInput;
import org.elbasar.hotline.api.HotlineViews.PartnerOrigin;
import org.elbasar.hotline.api.HotlineViews.PersonRef;
import org.elbasar.hotline.domain.CaseStatus;
import org.elbasar.hotline.domain.HotlineCase;
import org.elbasar.hotline.domain.HotlineNote;
import org.elbasar.hotline.domain.NeedChannel;
import org.elbasar.member.api.TerritoryRef;
import org.elbasar.member.domain.Organisation;
import org.elbasar.member.domain.OrganisationStatus;

/** The animators' board: every published request is a case, from its arrival to its outcome. */
@ApplicationScoped
public class HotlineBoard {

    static final int OPENED_PER_TRANSACTION = 10_000;

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final EntityManager entityManager;
    private final ItemService items;
    private final Introductions introductions;
    private final Clock clock;

    public HotlineBoard(EntityManager entityManager, ItemService items, Introductions introductions, Clock clock) {
        this.entityManager = entityManager;
        this.items = items;
        this.introductions = introductions;
        this.clock = clock;
    }

    /**
     * Requests that entered the catalogue while nobody listened (demo data, bench data, an import)
     * join the board at start, as posted by their members; after any data loaded at start-up. In
     * transactions of {@value #OPENED_PER_TRANSACTION} cases, so that an import of any size opens them
     * all within the transaction timeout (300,000 requests in one transaction exceeded it and stopped
     * the start); another instance starting at the same time skips the cases this one opened.
     */
    public void openMissing(@Observes @Priority(Interceptor.Priority.APPLICATION + 600) StartupEvent start) {
        int opened;
        do {
            opened = openMissing(OPENED_PER_TRANSACTION);
        } while (opened == OPENED_PER_TRANSACTION);
    }

    /** Opens the cases of at most {@code limit} requests that have none, in a transaction of their own. */
    public int openMissing(int limit) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery("""
                INSERT INTO hotline_case (request_id, status, channel, requested_by, received_at, updated_at)
                SELECT i.id, 'NEW', 'PLATFORM', i.author_id, i.published_at, i.published_at FROM catalog_item i
                WHERE i.kind = 'REQUEST' AND i.published_at IS NOT NULL
                  AND NOT EXISTS (SELECT 1 FROM hotline_case h WHERE h.request_id = i.id)
                LIMIT :limit
                ON CONFLICT (request_id) DO NOTHING""").setParameter("limit", limit).executeUpdate());
    }

    /** The people a case can be assigned to: active animators and admins, by name. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PersonRef> staff() {
        return Person.<Person>list("platformRole is not null and active = true order by firstName, lastName").stream()
                .map(p -> new PersonRef(p.id, p.fullName())).toList();
    }

    /** A request entering the catalogue opens its case, as posted by its member. */
    @Transactional(Transactional.TxType.MANDATORY)
    void open(@Observes ItemPublished published) {
        if (published.kind() != ItemKind.REQUEST || HotlineCase.findById(published.itemId()) != null) {
            return;
        }
        HotlineCase opened = new HotlineCase();
        opened.requestId = published.itemId();
        opened.status = CaseStatus.NEW;
        opened.channel = NeedChannel.PLATFORM;
        opened.requestedBy = entityManager.createQuery("select i.authorId from CatalogItem i where i.id = :id", UUID.class)
                .setParameter("id", published.itemId()).getSingleResult();
        opened.receivedAt = clock.instant();
        opened.updatedAt = opened.receivedAt;
        opened.persist();
    }

    /** A need an animator received: published for the organisation and handled by that animator. */
    @Transactional
    public CaseDetail receive(NeedInput input, Caller caller) {
        if (input.channel() == NeedChannel.PLATFORM) {
            throw ApiException.invalid("channel", "validation.received-channel");
        }
        Organisation organisation = Organisation.findById(input.organisationId());
        if (organisation == null || organisation.status != OrganisationStatus.ACTIVE) {
            throw ApiException.invalid("organisationId", "validation.active-organisation");
        }
        UUID requestedBy = input.requestedBy() != null ? input.requestedBy() : firstAdministrator(organisation.id);
        Person asker = requestedBy == null ? null : Person.findById(requestedBy);
        if (asker == null || asker.organisation == null || !asker.organisation.id.equals(organisation.id)) {
            throw ApiException.invalid("requestedBy", "validation.person-of-organisation");
        }
        UUID requestId = items.publishOnBehalf(ItemKind.REQUEST, input.request(), organisation, requestedBy, caller);
        HotlineCase received = find(requestId);
        received.channel = input.channel();
        received.enteredBy = caller.personId();
        received.assigneeId = caller.personId();
        received.status = CaseStatus.IN_PROGRESS;
        return detail(requestId, caller);
    }

    private static UUID firstAdministrator(UUID organisationId) {
        return Person.<Person>find("organisation.id = ?1 and organisationRole = ?2 and active = true order by createdAt",
                organisationId, OrganisationRole.ORG_ADMIN).firstResultOptional().map(p -> p.id).orElse(null);
    }

    /** Cases, open ones first (soonest due, then newest), in two statements. */
    @Transactional(Transactional.TxType.SUPPORTS)
    @SuppressWarnings("unchecked")
    public Page<CaseSummary> list(CaseStatus status, String territory, UUID assignee, int page, int size, Caller caller) {
        StringBuilder where = new StringBuilder("TRUE");
        Map<String, Object> parameters = new HashMap<>();
        if (status != null) {
            where.append(" AND h.status = :status");
            parameters.put("status", status.name());
        }
        if (territory != null && !territory.isBlank()) {
            where.append(" AND (o.commune_id = :territory OR :territory = ANY (t.parent_ids))");
            parameters.put("territory", territory);
        }
        if (assignee != null) {
            where.append(" AND h.assignee_id = :assignee");
            parameters.put("assignee", assignee);
        }
        Query select = entityManager.createNativeQuery(SUMMARY_COLUMNS + " WHERE " + where + " " + """
                 ORDER BY (h.status IN ('NEW', 'IN_PROGRESS')) DESC, h.due_on NULLS LAST, h.received_at DESC, h.request_id
                 LIMIT :limit OFFSET :offset""");
        parameters.forEach(select::setParameter);
        select.setParameter("limit", size).setParameter("offset", page * size);
        List<CaseSummary> cases = new ArrayList<>();
        for (Object[] row : (List<Object[]>) select.getResultList()) {
            cases.add(summary(row, caller.locale()));
        }
        Query count = entityManager.createNativeQuery("""
                SELECT count(*) FROM hotline_case h JOIN catalog_item i ON i.id = h.request_id
                JOIN organisation o ON o.id = i.organisation_id JOIN territory t ON t.id = o.commune_id WHERE """ + " " + where);
        parameters.forEach(count::setParameter);
        return new Page<>(cases, ((Number) count.getSingleResult()).longValue(), page, size);
    }

    private static final String SUMMARY_COLUMNS = """
            SELECT h.request_id, i.title, o.id, o.name, o.commune_id, t.name, i.category_code, c.name_fr, c.name_en,
                   i.mode, h.status, h.channel, h.assignee_id, ap.first_name || ' ' || ap.last_name, h.due_on, h.received_at,
                   (SELECT count(*) FROM introduction x WHERE x.request_id = h.request_id), h.first_introduction_at,
                   i.description, i.needed_by, h.requested_by, rp.first_name || ' ' || rp.last_name,
                   h.entered_by, ep.first_name || ' ' || ep.last_name,
                   pc.name, po.buyer_name, po.buyer_siret, po.deadline, po.amount_bracket, po.link
            FROM hotline_case h
            JOIN catalog_item i ON i.id = h.request_id
            JOIN organisation o ON o.id = i.organisation_id
            JOIN territory t ON t.id = o.commune_id
            JOIN category c ON c.code = i.category_code
            LEFT JOIN person ap ON ap.id = h.assignee_id
            LEFT JOIN person rp ON rp.id = h.requested_by
            LEFT JOIN person ep ON ep.id = h.entered_by
            LEFT JOIN partner_opportunity po ON po.request_id = h.request_id
            LEFT JOIN partner_client pc ON pc.id = po.client_id""";

    private static CaseSummary summary(Object[] r, Locale locale) {
        return new CaseSummary((UUID) r[0], (String) r[1],
                new OrganisationRef((UUID) r[2], (String) r[3], new TerritoryRef((String) r[4], (String) r[5])),
                new CategoryRef((String) r[6], (String) ("en".equals(locale.getLanguage()) ? r[8] : r[7]), null),
                ItemMode.valueOf((String) r[9]), CaseStatus.valueOf((String) r[10]), NeedChannel.valueOf((String) r[11]),
                person(r[12], r[13]), SqlValues.localDate(r[14]), SqlValues.instant(r[15]), ((Number) r[16]).intValue(),
                SqlValues.instant(r[17]), (String) r[24]);
    }

    private static PersonRef person(Object id, Object name) {
        return id == null ? null : new PersonRef((UUID) id, (String) name);
    }

    /** A case with its notes and introductions. */
    @Transactional(Transactional.TxType.SUPPORTS)
    @SuppressWarnings("unchecked")
    public CaseDetail detail(UUID requestId, Caller caller) {
        List<Object[]> rows = entityManager.createNativeQuery(SUMMARY_COLUMNS + " WHERE h.request_id = :id")
                .setParameter("id", requestId).getResultList();
        if (rows.isEmpty()) {
            throw ApiException.notFound();
        }
        Object[] r = rows.get(0);
        List<CaseNote> notes = new ArrayList<>();
        for (Object[] n : (List<Object[]>) entityManager.createNativeQuery("""
                SELECT n.id, n.author_id, p.first_name || ' ' || p.last_name, n.text, n.created_at
                FROM hotline_note n LEFT JOIN person p ON p.id = n.author_id
                WHERE n.request_id = :id ORDER BY n.created_at, n.id""").setParameter("id", requestId).getResultList()) {
            notes.add(new CaseNote((UUID) n[0], person(n[1], n[2]), (String) n[3], SqlValues.instant(n[4])));
        }
        return new CaseDetail(summary(r, caller.locale()), (String) r[18], SqlValues.localDate(r[19]), person(r[20], r[21]),
                person(r[22], r[23]), r[24] == null ? null : new PartnerOrigin((String) r[24], (String) r[25],
                        r[26] == null ? null : r[26].toString().trim(), SqlValues.localDate(r[27]), (String) r[28], (String) r[29]),
                notes, introductions.ofRequest(requestId, caller));
    }

    @Transactional
    public CaseDetail update(UUID requestId, CaseUpdate update, Caller caller) {
        HotlineCase handled = find(requestId);
        if (update.assigneeId() != null) {
            Person assignee = Person.findById(update.assigneeId());
            if (assignee == null || !assignee.active || assignee.platformRole == null) {
                throw ApiException.invalid("assigneeId", "validation.staff-person");
            }
        }
        boolean closing = update.status() == CaseStatus.RESOLVED || update.status() == CaseStatus.UNRESOLVED;
        if (closing && handled.closedAt == null) {
            handled.closedAt = clock.instant();
        } else if (!closing) {
            handled.closedAt = null;
        }
        handled.status = update.status();
        handled.assigneeId = update.assigneeId();
        handled.dueOn = update.dueOn();
        handled.updatedAt = clock.instant();
        entityManager.flush();
        return detail(requestId, caller);
    }

    @Transactional
    public CaseNote addNote(UUID requestId, NoteInput input, Caller caller) {
        HotlineCase handled = find(requestId);
        HotlineNote note = new HotlineNote();
        note.id = UUID.randomUUID();
        note.requestId = handled.requestId;
        note.authorId = caller.personId();
        note.text = input.text().trim();
        note.createdAt = clock.instant();
        note.persist();
        handled.updatedAt = note.createdAt;
        Person author = Person.findById(caller.personId());
        return new CaseNote(note.id, author == null ? null : new PersonRef(author.id, author.fullName()), note.text, note.createdAt);
    }

    /** The month's needs (by their arrival, Paris time) and what became of them, in one statement. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public HotlineFigures figures(String month, Caller caller) {
        YearMonth chosen = month == null ? YearMonth.now(clock.withZone(PARIS)) : YearMonth.parse(month);
        Instant from = chosen.atDay(1).atStartOfDay(PARIS).toInstant();
        Instant to = chosen.plusMonths(1).atDay(1).atStartOfDay(PARIS).toInstant();
        Object[] r = (Object[]) entityManager.createNativeQuery("""
                SELECT count(*),
                       count(*) FILTER (WHERE h.first_introduction_at IS NOT NULL),
                       percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM h.first_introduction_at - h.received_at) / 3600),
                       count(*) FILTER (WHERE h.status = 'RESOLVED')
                FROM hotline_case h WHERE h.received_at >= :from AND h.received_at < :to""")
                .setParameter("from", Timestamp.from(from)).setParameter("to", Timestamp.from(to)).getSingleResult();
        long received = ((Number) r[0]).longValue();
        double introduced = received == 0 ? 0 : ((Number) r[1]).doubleValue() / received;
        double resolved = received == 0 ? 0 : ((Number) r[3]).doubleValue() / received;
        Double median = r[2] == null ? null : Math.round(((Number) r[2]).doubleValue() * 10) / 10.0;
        return new HotlineFigures(chosen.toString(), received, introduced, median, resolved);
    }

    /** An introduction was made for the request: the case moves on, and its first one is dated. */
    @Transactional(Transactional.TxType.MANDATORY)
    void introduced(UUID requestId, Instant at) {
        HotlineCase handled = HotlineCase.findById(requestId);
        if (handled == null) {
            return;
        }
        if (handled.firstIntroductionAt == null) {
            handled.firstIntroductionAt = at;
        }
        if (handled.status == CaseStatus.NEW || handled.status == CaseStatus.IN_PROGRESS) {
            handled.status = CaseStatus.INTRODUCED;
        }
        handled.updatedAt = at;
    }

    /** An exchange came of an introduction for the request: the need is met. */
    @Transactional(Transactional.TxType.MANDATORY)
    void resolved(UUID requestId, Instant at) {
        HotlineCase handled = HotlineCase.findById(requestId);
        if (handled == null || handled.status == CaseStatus.RESOLVED) {
            return;
        }
        handled.status = CaseStatus.RESOLVED;
        handled.closedAt = at;
        handled.updatedAt = at;
    }

    private static HotlineCase find(UUID requestId) {
        HotlineCase found = HotlineCase.findById(requestId);
        if (found == null) {
            throw ApiException.notFound();
        }
        return found;
    }
}

package org.elbasar.member.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response.Status;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.elbasar.account.domain.Person;
import org.elbasar.common.api.ApiException;
import org.elbasar.common.api.Page;
import org.elbasar.common.domain.AuditAction;
import org.elbasar.common.service.AuditLog;
import org.elbasar.common.service.Caller;
import org.elbasar.common.service.ClockProducer;
import org.elbasar.common.service.FrenchSearch;
import org.elbasar.common.service.Replica;
import org.elbasar.common.service.ReplicaReads;
import org.elbasar.common.service.SqlValues;
import org.elbasar.member.api.OrganisationDetail;
import org.elbasar.member.api.OrganisationInput;
import org.elbasar.member.api.OrganisationSummary;
import org.elbasar.member.api.SectorRef;
import org.elbasar.member.api.TerritoryRef;
import org.elbasar.member.domain.LegalForm;
import org.elbasar.member.domain.Organisation;
import org.elbasar.member.domain.OrganisationStatus;
import org.elbasar.member.domain.Sector;

/** The member directory and organisation profiles. */
@ApplicationScoped
public class OrganisationService {

    private static final int SUMMARY_LENGTH = 240;
    /** How many of the newest matches relevance ranks. */
    public static final int RANKED_WINDOW = 300;
    /** What a directory card shows, and what relevance ranks. */
    private static final String COLUMNS = "o.id, o.name, o.legal_form, o.commune_id, left(o.description, " + (SUMMARY_LENGTH + 1)
            + ") AS summary, o.joined_at, o.search_vector";
    private static final String NEWEST_FIRST = "o.joined_at DESC, o.id";
    private static final String BY_NAME = "lower(o.name), o.id";

    private final EntityManager entityManager;
    private final ReplicaReads reads;
    private final OrganisationViews views;
    private final TerritoryService territories;
    private final AuditLog auditLog;
    private final Clock clock;

    public OrganisationService(@Replica EntityManager entityManager, ReplicaReads reads, OrganisationViews views,
            TerritoryService territories, AuditLog auditLog, Clock clock) {
        this.entityManager = entityManager;
        this.reads = reads;
        this.views = views;
        this.territories = territories;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /**
     * Active organisations matching the query, in at most three statements whatever the page size:
     * the page, a count only when the page is full (a window count would visit every match), then
     * the sectors of the organisations on it.
     * <p>
     * Ranking visits a bounded number of matches: relevance orders the {@value #RANKED_WINDOW} most
     * recently joined matches (the name exactly as typed first, then ts_rank_cd), and the matches after
     * them follow, newest first. Ranking every match of a common word cost 25 ms for 3,659 of 10,000
     * organisations (measured on the bench data); the window costs a tenth of that at any scale.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<OrganisationSummary> search(UUID reader, DirectoryQuery query, Locale locale) {
        return reads.read(reader, () -> search(query, locale));
    }

    @SuppressWarnings("unchecked")
    private Page<OrganisationSummary> search(DirectoryQuery query, Locale locale) {
        String text = query.text() == null || query.text().isBlank() ? null : query.text().trim();
        StringBuilder where = new StringBuilder("o.status = 'ACTIVE'");
        Map<String, Object> parameters = new HashMap<>();
        if (text != null) {
            // the trigram index on lower(name) serves the substring, so the OR is a BitmapOr of two indexes
            where.append(" AND (o.search_vector @@ " + FrenchSearch.tsqueryOnce("text")
                    + " OR lower(o.name) LIKE '%' || lower(:text) || '%')");
            parameters.put("text", text);
        }
        if (query.sector() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM organisation_sector s WHERE s.organisation_id = o.id AND s.sector_code = :sector)");
            parameters.put("sector", query.sector());
        }
        if (query.territory() != null) {
            where.append(" AND ").append(TerritoryService.inside("o.commune_id"));
            parameters.put("territory", query.territory());
        }
        if (query.legalForm() != null) {
            where.append(" AND o.legal_form = :legalForm");
            parameters.put("legalForm", query.legalForm().name());
        }
        if (query.newThisMonth()) {
            where.append(" AND o.joined_at >= :monthStart");
            parameters.put("monthStart", Timestamp.from(startOfMonth()));
        }
        String matches = "SELECT " + COLUMNS + " FROM organisation o WHERE " + where;
        String ordered = switch (query.sort()) {
            case NEWEST -> inOrder(matches, NEWEST_FIRST);
            case NAME -> inOrder(matches, BY_NAME);
            case RELEVANCE -> text == null ? inOrder(matches, BY_NAME) : ranked(matches);
        };
        // the page is chosen on the organisations alone; only its rows look up their commune's name (a join
        // planned for a generic plan's guess of the page hashed the 3,880 territories on each call)
        Query page = entityManager.createNativeQuery("""
                SELECT o.id, o.name, o.legal_form, o.commune_id, (SELECT t.name FROM territory t WHERE t.id = o.commune_id),
                       o.summary, o.joined_at
                FROM (%s LIMIT :limit OFFSET :offset) o ORDER BY o.position""".formatted(ordered));
        parameters.forEach(page::setParameter);
        page.setParameter("limit", query.size()).setParameter("offset", query.page() * query.size());
        List<Object[]> rows = page.getResultList();
        long skipped = (long) query.page() * query.size();
        boolean lastPage = rows.size() < query.size() && (query.page() == 0 || !rows.isEmpty());
        long total = lastPage ? skipped + rows.size() : count(where.toString(), parameters);
        Map<UUID, List<SectorRef>> sectors = sectorsOf(rows.stream().map(r -> (UUID) r[0]).toList(), locale);
        List<OrganisationSummary> items = rows.stream().map(r -> new OrganisationSummary(
                (UUID) r[0], (String) r[1], LegalForm.valueOf((String) r[2]),
                new TerritoryRef((String) r[3], (String) r[4]),
                sectors.getOrDefault((UUID) r[0], List.of()),
                abbreviate((String) r[5]),
                SqlValues.instant(r[6]))).toList();
        return new Page<>(items, total, query.page(), query.size());
    }

    /** An organisation's page; pending or rejected ones are seen only by their people and staff. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public OrganisationDetail detail(UUID id, Caller caller) {
        Organisation organisation = views.load(List.of(id)).get(0);
        if (organisation == null || !(organisation.status == OrganisationStatus.ACTIVE
                || caller.isStaff() || caller.belongsTo(id))) {
            throw ApiException.notFound();
        }
        return detail(organisation, caller);
    }

    /** Replaces the profile, if the caller administers it and saw its latest version. */
    @Transactional
    public OrganisationDetail update(UUID id, Integer expectedVersion, OrganisationInput input, Caller caller) {
        Organisation organisation = Organisation.findById(id);
        if (organisation == null) {
            throw ApiException.notFound();
        }
        if (!(caller.administers(id) || caller.isStaff())) {
            throw ApiException.forbidden();
        }
        ApiException.requireVersion(expectedVersion, organisation.version);
        apply(organisation, input, "");
        auditLog.record(caller.personId(), AuditAction.ORGANISATION_UPDATED, "organisation", id, Map.of("name", organisation.name));
        entityManager.flush();
        return detail(organisation, caller);
    }

    /** Fills an organisation (its id already set) from its profile form; prefix is the form's path in the request body. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(Organisation organisation, OrganisationInput input, String prefix) {
        if (input.siret() != null && Organisation.count(
                "siret = ?1 and status <> ?2 and id <> ?3", input.siret(), OrganisationStatus.REJECTED,
                organisation.id) > 0) {
            throw ApiException.conflict("validation", prefix + "siret", "validation.siret-taken");
        }
        organisation.commune = territories.requireCommune(input.communeId(), prefix + "communeId");
        organisation.sectors = sectors(input.sectorCodes(), prefix + "sectorCodes");
        organisation.name = input.name().trim();
        organisation.legalForm = input.legalForm();
        organisation.siret = input.siret();
        organisation.description = input.description().trim();
        organisation.activities = input.activities() == null ? new ArrayList<>()
                : input.activities().stream().map(String::trim).distinct().collect(Collectors.toCollection(ArrayList::new));
        organisation.website = blankToNull(input.website());
        organisation.phone = blankToNull(input.phone());
        organisation.contactEmail = input.contactEmail().trim();
        organisation.address = blankToNull(input.address());
        organisation.updatedAt = clock.instant();
    }

    OrganisationDetail detail(Organisation organisation, Caller caller) {
        Map<UUID, OrganisationDetail.Contact> contacts = caller.seesContacts() || caller.belongsTo(organisation.id)
                ? Map.of(organisation.id, contact(organisation))
                : Map.of();
        return views.details(List.of(organisation), caller.locale(), contacts).get(0);
    }

    private OrganisationDetail.Contact contact(Organisation organisation) {
        List<OrganisationDetail.PersonRef> people = Person.<Person>list(
                "organisation.id = ?1 and active = true order by lastName, firstName", organisation.id).stream()
                .map(p -> new OrganisationDetail.PersonRef(p.id, p.firstName, p.lastName, p.organisationRole.name()))
                .toList();
        return new OrganisationDetail.Contact(organisation.contactEmail, organisation.phone, people);
    }

    private Set<Sector> sectors(List<String> codes, String field) {
        List<Sector> found = Sector.list("code in ?1", codes);
        Set<String> known = found.stream().map(s -> s.code).collect(Collectors.toSet());
        for (String code : codes) {
            if (!known.contains(code)) {
                throw ApiException.invalid(field, "validation.unknown-sector", code);
            }
        }
        return new LinkedHashSet<>(found);
    }

    /** Matches in an order, numbered in it (the page keeps that order once joined to the communes). */
    private static String inOrder(String matches, String order) {
        return matches.replace(COLUMNS, COLUMNS + ", row_number() OVER (ORDER BY " + order + ") AS position")
                + " ORDER BY " + order;
    }

    /**
     * Matches in relevance order, ranking only the {@value #RANKED_WINDOW} newest: those come first, the name
     * exactly as typed, then by ts_rank_cd; the others follow newest first, read only as far as the page asked.
     */
    private static String ranked(String matches) {
        return """
                SELECT w.*, row_number() OVER (ORDER BY lower(w.name) = lower(:text) DESC,
                                               ts_rank_cd(w.search_vector, %2$s) DESC, lower(w.name), w.id) AS position
                FROM (%1$s ORDER BY %3$s LIMIT %4$d) w WHERE :offset < %4$d
                UNION ALL
                SELECT r.*, %4$d + row_number() OVER (ORDER BY %5$s) AS position
                FROM (%1$s ORDER BY %3$s OFFSET %4$d LIMIT greatest(:offset + :limit - %4$d, 0)) r
                ORDER BY position""".formatted(matches, FrenchSearch.tsqueryOnce("text"), NEWEST_FIRST, RANKED_WINDOW,
                NEWEST_FIRST.replace("o.", "r."));
    }

    @SuppressWarnings("unchecked")
    private Map<UUID, List<SectorRef>> sectorsOf(List<UUID> organisationIds, Locale locale) {
        if (organisationIds.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = entityManager.createNativeQuery("""
                SELECT os.organisation_id, s.code, s.name_fr, s.name_en FROM organisation_sector os
                JOIN sector s ON s.code = os.sector_code
                WHERE os.organisation_id IN (:ids) ORDER BY s.position, s.code""")
                .setParameter("ids", organisationIds)
                .getResultList();
        boolean english = "en".equals(locale.getLanguage());
        return rows.stream().collect(Collectors.groupingBy(r -> (UUID) r[0],
                Collectors.mapping(r -> new SectorRef((String) r[1], (String) (english ? r[3] : r[2])), Collectors.toList())));
    }

    private long count(String where, Map<String, Object> parameters) {
        Query count = entityManager.createNativeQuery(
                "SELECT count(*) FROM organisation o WHERE " + where);
        parameters.forEach(count::setParameter);
        return ((Number) count.getSingleResult()).longValue();
    }

    private Instant startOfMonth() {
        return LocalDate.now(clock.withZone(ClockProducer.PARIS)).withDayOfMonth(1)
                .atStartOfDay(ClockProducer.PARIS).toInstant();
    }

    private static String abbreviate(String text) {
        if (text == null || text.length() <= SUMMARY_LENGTH) {
            return text;
        }
        int cut = text.lastIndexOf(' ', SUMMARY_LENGTH);
        return text.substring(0, cut > 0 ? cut : SUMMARY_LENGTH) + "…";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}

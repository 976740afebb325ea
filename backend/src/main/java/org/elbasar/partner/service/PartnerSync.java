package org.elbasar.partner.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.elbasar.common.api.ApiException;
import org.elbasar.partner.api.PartnerViews.Change;
import org.elbasar.partner.api.PartnerViews.ChangePage;
import org.elbasar.partner.api.PartnerViews.OrganisationRef;
import org.elbasar.partner.api.PartnerViews.PartnerOffer;
import org.elbasar.partner.api.PartnerViews.PartnerOrganisation;

/**
 * Partners keep a copy of the listed offers and the active members by following the change log
 * (V12): changes ordered by transaction then sequence, given only once every transaction before the
 * oldest one still running has finished, so that no change can appear later behind a cursor already
 * handed out. Each change answers the thing's state now: its data, or withdrawn.
 */
@ApplicationScoped
public class PartnerSync {

    private final EntityManager entityManager;
    private final String publicUrl;

    public PartnerSync(EntityManager entityManager, @ConfigProperty(name = "elbasar.public-url") String publicUrl) {
        this.entityManager = entityManager;
        this.publicUrl = publicUrl;
    }

    /** Where a page starts: after a cursor, or from a time (everything when both are absent). */
    public record From(String cursor, Instant changedSince) {
    }

    private record Position(String xid, long seq) {

        static final Position START = new Position("0", 0);

        String encode() {
            return Base64.getUrlEncoder().withoutPadding().encodeToString((xid + ":" + seq).getBytes(StandardCharsets.US_ASCII));
        }

        static Position decode(String cursor) {
            try {
                String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII).split(":");
                if (parts.length != 2) {
                    throw new IllegalArgumentException(cursor);
                }
                return new Position(Long.toUnsignedString(Long.parseUnsignedLong(parts[0])), Long.parseLong(parts[1]));
            } catch (IllegalArgumentException e) {
                throw ApiException.invalid("cursor", "validation.cursor");
            }
        }
    }

    private record Changed(UUID id, Position position) {
    }

    @Transactional
    public ChangePage<PartnerOffer> offers(From from, int size) {
        return page("offer", from, size, ids -> offerStates(ids, false));
    }

    /** The Ceres view: market offers their organisation chose to show on partner purchasing platforms. */
    @Transactional
    public ChangePage<PartnerOffer> marketOffers(From from, int size) {
        return page("offer", from, size, ids -> offerStates(ids, true));
    }

    @Transactional
    public ChangePage<PartnerOrganisation> organisations(From from, int size) {
        return page("organisation", from, size, this::organisationStates);
    }

    @SuppressWarnings("unchecked")
    private <T> ChangePage<T> page(String entity, From from, int size, Function<List<UUID>, Map<UUID, T>> states) {
        Position after = from.cursor() == null ? Position.START : Position.decode(from.cursor());
        List<Object[]> rows = entityManager.createNativeQuery("""
                SELECT c.entity_id, c.xid::text, c.seq FROM partner_change c
                WHERE c.entity = :entity
                  AND c.xid < pg_snapshot_xmin(pg_current_snapshot())
                  AND (c.xid, c.seq) > (CAST(:xid AS xid8), :seq)
                  AND c.changed_at >= :since
                ORDER BY c.xid, c.seq LIMIT :limit""")
                .setParameter("entity", entity).setParameter("xid", after.xid()).setParameter("seq", after.seq())
                .setParameter("since", from.cursor() == null && from.changedSince() != null ? from.changedSince() : Instant.EPOCH)
                .setParameter("limit", size + 1)
                .getResultList();
        boolean hasMore = rows.size() > size;
        List<Changed> changed = rows.stream().limit(size)
                .map(row -> new Changed((UUID) row[0], new Position((String) row[1], ((Number) row[2]).longValue()))).toList();
        // A thing changed twice in the page is told once, at its last change.
        Map<UUID, Changed> last = new LinkedHashMap<>();
        changed.forEach(change -> {
            last.remove(change.id());
            last.put(change.id(), change);
        });
        Map<UUID, T> current = last.isEmpty() ? Map.of() : states.apply(new ArrayList<>(last.keySet()));
        List<Change<T>> changes = last.keySet().stream()
                .map(id -> current.containsKey(id) ? new Change<>(id, false, current.get(id)) : new Change<T>(id, true, null)).toList();
        Position next = changed.isEmpty() ? after : changed.get(changed.size() - 1).position();
        return new ChangePage<>(changes, next.encode(), hasMore);
    }

    /** Offers listed now: published, not hidden, of an active member; shown on Ceres too when asked. */
    @SuppressWarnings("unchecked")
    Map<UUID, PartnerOffer> offerStates(List<UUID> ids, boolean shownOnCeresOnly) {
        List<Object[]> rows = entityManager.createNativeQuery("""
                SELECT i.id, i.title, i.description, i.category_code, c.name_fr, i.mode, i.market, i.price, i.price_unit, i.on_quote,
                       i.reach, i.reach_territory_id, o.id, o.name, o.siret, i.published_at, i.updated_at, i.show_on_ceres
                FROM catalog_item i
                JOIN organisation o ON o.id = i.organisation_id
                JOIN category c ON c.code = i.category_code
                WHERE i.id IN (:ids) AND i.status = 'PUBLISHED' AND i.hidden_at IS NULL AND o.status = 'ACTIVE'
                  AND (i.show_on_ceres OR NOT :shownOnCeresOnly)""")
                .setParameter("ids", ids).setParameter("shownOnCeresOnly", shownOnCeresOnly).getResultList();
        Map<UUID, PartnerOffer> offers = new HashMap<>();
        for (Object[] row : rows) {
            UUID id = (UUID) row[0];
            offers.put(id, new PartnerOffer(id, (String) row[1], (String) row[2], (String) row[3], (String) row[4], (String) row[5],
                    (Boolean) row[6], (BigDecimal) row[7], (String) row[8], (Boolean) row[9], (String) row[10], (String) row[11],
                    new OrganisationRef((UUID) row[12], (String) row[13], row[14] == null ? null : row[14].toString().trim()),
                    (Boolean) row[17], (Instant) row[15], (Instant) row[16], publicUrl + "/offers/" + id));
        }
        return offers;
    }

    /** Active members, without phone, email or address. */
    @SuppressWarnings("unchecked")
    Map<UUID, PartnerOrganisation> organisationStates(List<UUID> ids) {
        List<Object[]> rows = entityManager.createNativeQuery("""
                SELECT o.id, o.name, o.legal_form, o.siret, o.description, array_to_string(o.activities, chr(31)), t.id, t.name, o.website,
                       o.joined_at, (SELECT string_agg(s.sector_code, chr(31) ORDER BY s.sector_code) FROM organisation_sector s
                                     WHERE s.organisation_id = o.id)
                FROM organisation o JOIN territory t ON t.id = o.commune_id
                WHERE o.id IN (:ids) AND o.status = 'ACTIVE'""")
                .setParameter("ids", ids).getResultList();
        Map<UUID, PartnerOrganisation> organisations = new HashMap<>();
        for (Object[] row : rows) {
            UUID id = (UUID) row[0];
            organisations.put(id, new PartnerOrganisation(id, (String) row[1], (String) row[2], row[3] == null ? null : row[3].toString().trim(),
                    (String) row[4], split((String) row[5]), split((String) row[10]), (String) row[6], (String) row[7], (String) row[8],
                    (Instant) row[9], publicUrl + "/organisations/" + id));
        }
        return organisations;
    }

    private static List<String> split(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(String.valueOf((char) 31)));
    }
}

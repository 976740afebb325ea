package org.elbasar.member.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.elbasar.member.api.OrganisationDetail;
import org.elbasar.member.api.SectorRef;
import org.elbasar.member.api.TerritoryRef;
import org.elbasar.member.domain.Organisation;
import org.elbasar.member.domain.Territory;

/** Turns organisations into their API views, loading what they need in a bounded number of queries. */
@ApplicationScoped
public class OrganisationViews {

    private final EntityManager entityManager;

    public OrganisationViews(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Organisations with their commune and sectors fetched, in the order of the ids given. */
    public List<Organisation> load(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, Organisation> byId = entityManager.createQuery("""
                select distinct o from Organisation o join fetch o.commune left join fetch o.sectors
                where o.id in :ids""", Organisation.class)
                .setParameter("ids", ids)
                .getResultList().stream()
                .collect(Collectors.toMap(o -> o.id, Function.identity(), (same, again) -> same));
        return ids.stream().map(byId::get).toList();
    }

    /** Details of several organisations; contacts maps each organisation to its contact block, if shown. */
    public List<OrganisationDetail> details(List<Organisation> organisations, Locale locale,
            Map<UUID, OrganisationDetail.Contact> contacts) {
        Set<String> enclosingIds = organisations.stream()
                .flatMap(o -> Stream.of(o.commune.epciId, o.commune.departementId))
                .filter(id -> id != null)
                .collect(Collectors.toSet());
        Map<String, Territory> enclosing = territories(enclosingIds);
        return organisations.stream().map(o -> new OrganisationDetail(
                o.id, o.name, o.legalForm, o.siret, o.description, List.copyOf(o.activities),
                sectors(o, locale),
                ref(o.commune),
                ref(enclosing.get(o.commune.epciId)),
                ref(enclosing.get(o.commune.departementId)),
                o.address, o.website, o.joinedAt, o.status, o.version,
                contacts.get(o.id))).toList();
    }

    public static List<SectorRef> sectors(Organisation organisation, Locale locale) {
        return organisation.sectors.stream().map(s -> new SectorRef(s.code, s.name(locale))).toList();
    }

    public static TerritoryRef ref(Territory territory) {
        return territory == null ? null : new TerritoryRef(territory.id, territory.name);
    }

    private Map<String, Territory> territories(Collection<String> ids) {
        if (ids.isEmpty()) {
            return new HashMap<>();
        }
        return entityManager.createQuery("from Territory t where t.id in :ids", Territory.class)
                .setParameter("ids", ids)
                .getResultStream()
                .collect(Collectors.toMap(t -> t.id, Function.identity()));
    }
}

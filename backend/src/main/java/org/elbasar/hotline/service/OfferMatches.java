package org.elbasar.hotline.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.elbasar.account.domain.Person;
import org.elbasar.catalog.api.ItemViews.CategoryRef;
import org.elbasar.catalog.api.ItemViews.OrganisationRef;
import org.elbasar.catalog.domain.CatalogItem;
import org.elbasar.catalog.domain.ItemKind;
import org.elbasar.catalog.domain.ItemMode;
import org.elbasar.catalog.service.ItemPublished;
import org.elbasar.common.api.Page;
import org.elbasar.common.service.Caller;
import org.elbasar.common.service.MailOutbox;
import org.elbasar.common.service.SqlValues;
import org.elbasar.hotline.api.HotlineViews.OfferMatch;
import org.elbasar.hotline.api.HotlineViews.OfferRef;
import org.elbasar.hotline.api.HotlineViews.RequestRef;
import org.elbasar.hotline.service.Matching.Scored;
import org.elbasar.member.api.TerritoryRef;

/**
 * Reverse matching: when an offer is published, the open requests it could meet are kept for
 * animators, and the authors of those requests who asked for it are emailed.
 */
@ApplicationScoped
public class OfferMatches {

    static final int MAX_REQUESTS_PER_OFFER = 10;

    private final EntityManager entityManager;
    private final Matching matching;
    private final MailOutbox mail;
    private final Clock clock;

    public OfferMatches(EntityManager entityManager, Matching matching, MailOutbox mail, Clock clock) {
        this.entityManager = entityManager;
        this.matching = matching;
        this.mail = mail;
        this.clock = clock;
    }

    /** After the offer's publication is committed, so that matching never delays or fails it. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void onPublished(@Observes(during = TransactionPhase.AFTER_SUCCESS) ItemPublished published) {
        if (published.kind() == ItemKind.OFFER) {
            match(published.itemId());
        }
    }

    /** Finds, keeps and announces the requests an offer could meet; returns how many. */
    @Transactional
    public int match(UUID offerId) {
        List<Scored> requests = matching.requestsMetBy(offerId, MatchWeights.OFFER_MATCH_MINIMUM, MAX_REQUESTS_PER_OFFER);
        Instant now = clock.instant();
        CatalogItem offer = CatalogItem.findById(offerId);
        for (Scored found : requests) {
            UUID requestId = found.candidate().itemId();
            int inserted = entityManager.createNativeQuery("""
                    INSERT INTO offer_match (offer_id, request_id, score, found_at) VALUES (:offer, :request, :score, :now)
                    ON CONFLICT DO NOTHING""")
                    .setParameter("offer", offerId).setParameter("request", requestId)
                    .setParameter("score", found.score()).setParameter("now", Timestamp.from(now))
                    .executeUpdate();
            if (inserted > 0 && tell(offer, requestId)) {
                entityManager.createNativeQuery("UPDATE offer_match SET notified_at = :now WHERE offer_id = :offer AND request_id = :request")
                        .setParameter("now", Timestamp.from(now)).setParameter("offer", offerId).setParameter("request", requestId)
                        .executeUpdate();
            }
        }
        return requests.size();
    }

    private boolean tell(CatalogItem offer, UUID requestId) {
        CatalogItem request = CatalogItem.findById(requestId);
        Person author = request.authorId == null ? null : Person.findById(request.authorId);
        if (author == null || !author.active || !author.notifyMatchingOffers) {
            return false;
        }
        Map<String, Object> data = new HashMap<>();
        data.put("firstName", author.firstName);
        data.put("offer", offer);
        data.put("provider", offer.organisation.name);
        data.put("request", request);
        mail.enqueue(new MailOutbox.Message("offer-matches-request", author.email, Locale.forLanguageTag(author.locale), data,
                request.title));
        return true;
    }

    /** The matches found lately, newest first, in two statements. */
    @Transactional(Transactional.TxType.SUPPORTS)
    @SuppressWarnings("unchecked")
    public Page<OfferMatch> recent(int page, int size, Caller caller) {
        boolean english = "en".equals(caller.locale().getLanguage());
        String listed = "f.status = 'PUBLISHED' AND f.hidden_at IS NULL AND r.status = 'PUBLISHED' AND r.hidden_at IS NULL";
        List<Object[]> rows = entityManager.createNativeQuery("""
                SELECT f.id, f.title, f.mode, f.category_code, c.name_fr, c.name_en,
                       fo.id, fo.name, fo.commune_id, ft.name,
                       r.id, r.title, ro.id, ro.name, ro.commune_id, rt.name, m.score, m.found_at
                FROM offer_match m
                JOIN catalog_item f ON f.id = m.offer_id JOIN category c ON c.code = f.category_code
                JOIN organisation fo ON fo.id = f.organisation_id JOIN territory ft ON ft.id = fo.commune_id
                JOIN catalog_item r ON r.id = m.request_id
                JOIN organisation ro ON ro.id = r.organisation_id JOIN territory rt ON rt.id = ro.commune_id
                WHERE %s ORDER BY m.found_at DESC, m.score DESC, m.offer_id, m.request_id LIMIT :limit OFFSET :offset""".formatted(listed))
                .setParameter("limit", size).setParameter("offset", page * size).getResultList();
        List<OfferMatch> matches = new ArrayList<>();
        for (Object[] r : rows) {
            OrganisationRef provider = new OrganisationRef((UUID) r[6], (String) r[7], new TerritoryRef((String) r[8], (String) r[9]));
            OrganisationRef requester = new OrganisationRef((UUID) r[12], (String) r[13], new TerritoryRef((String) r[14], (String) r[15]));
            matches.add(new OfferMatch(
                    new OfferRef((UUID) r[0], (String) r[1], ItemMode.valueOf((String) r[2]),
                            new CategoryRef((String) r[3], (String) (english ? r[5] : r[4]), null)),
                    provider, new RequestRef((UUID) r[10], (String) r[11], requester), ((Number) r[16]).intValue(),
                    SqlValues.instant(r[17])));
        }
        long total = ((Number) entityManager.createNativeQuery("""
                SELECT count(*) FROM offer_match m JOIN catalog_item f ON f.id = m.offer_id JOIN catalog_item r ON r.id = m.request_id
                WHERE """ + " " + listed).getSingleResult()).longValue();
        return new Page<>(matches, total, page, size);
    }
}

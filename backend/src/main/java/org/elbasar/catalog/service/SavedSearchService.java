package org.elbasar.catalog.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

import java.util.UUID;
import org.elbasar.catalog.api.ItemForms.SavedSearchInput;
import org.elbasar.catalog.api.ItemForms.SavedSearchView;
import org.elbasar.catalog.api.ItemViews.SearchPage;
import org.elbasar.catalog.domain.SavedSearch;
import org.elbasar.common.api.ApiException;
import org.elbasar.common.service.Caller;
import org.elbasar.common.service.SecretTokens;

/** Searches people saved to be told of new matching items. */
@ApplicationScoped
public class SavedSearchService {

    private final CatalogSearch search;
    private final Clock clock;

    public SavedSearchService(CatalogSearch search, Clock clock) {
        this.search = search;
        this.clock = clock;
    }

    @Transactional
    public SavedSearchView save(SavedSearchInput input, Caller caller) {
        SavedSearch saved = new SavedSearch();
        saved.id = UUID.randomUUID();
        saved.personId = caller.personId();
        saved.name = input.name().trim();
        saved.kind = input.kind();
        saved.criteria = input.criteria();
        saved.unsubscribeToken = SecretTokens.generate();
        saved.createdAt = clock.instant();
        saved.lastDigestAt = saved.createdAt;
        saved.active = true;
        saved.persist();
        return view(saved);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SavedSearchView> mine(Caller caller) {
        return SavedSearch.<SavedSearch>list("personId = ?1 order by createdAt desc", caller.personId()).stream()
                .map(SavedSearchService::view).toList();
    }

    @Transactional
    public void delete(UUID id, Caller caller) {
        own(id, caller).delete();
    }

    /** The latest items matching a saved search, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public SearchPage matches(UUID id, int page, int size, Caller caller) {
        SavedSearch saved = own(id, caller);
        return search.search(caller.personId(), saved.kind, saved.criteria, CatalogSearch.Sort.DATE, page, size, caller.locale());
    }

    /** One click from the digest: stops its emails, without signing in. Unknown tokens change nothing. */
    @Transactional
    public void unsubscribe(String token) {
        SavedSearch saved = SavedSearch.find("unsubscribeToken", token).firstResult();
        if (saved == null) {
            throw new ApiException(jakarta.ws.rs.core.Response.Status.NOT_FOUND, "invalid-token");
        }
        saved.active = false;
    }

    /** The saved search if it is the caller's; someone else's is not found. */
    private static SavedSearch own(UUID id, Caller caller) {
        SavedSearch saved = SavedSearch.findById(id);
        if (saved == null || !saved.personId.equals(caller.personId())) {
            throw ApiException.notFound();
        }
        return saved;
    }

    static SavedSearchView view(SavedSearch saved) {
        return new SavedSearchView(saved.id, saved.name, saved.kind, saved.criteria, saved.createdAt, saved.active);
    }

}

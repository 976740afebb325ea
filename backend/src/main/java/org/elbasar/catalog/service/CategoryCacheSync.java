package org.elbasar.catalog.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.elbasar.catalog.domain.Category;

/**
 * Categories sit in each instance's second-level cache (every item view names one), and an admin's
 * rename or removal goes through one instance only: every instance compares the categories' state
 * with the one it last saw, every few seconds, and empties its cache of them when it changed. So a
 * category change reaches every instance within {@code elbasar.catalog.categories-check-every}.
 */
@ApplicationScoped
public class CategoryCacheSync {

    private final EntityManager entityManager;
    private volatile String seen;

    public CategoryCacheSync(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Scheduled(every = "${elbasar.catalog.categories-check-every}", executeWith = Scheduled.SIMPLE,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional(Transactional.TxType.SUPPORTS)
    public void check() {
        String state = (String) entityManager.createNativeQuery("""
                SELECT md5(coalesce(string_agg(concat_ws('|', code, parent_code, name_fr, name_en, position), ',' ORDER BY code), ''))
                FROM category""").getSingleResult();
        if (seen != null && !seen.equals(state)) {
            entityManager.getEntityManagerFactory().getCache().evict(Category.class);
        }
        seen = state;
    }
}

package org.elbasar.testing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;

/** Plain SQL for tests that change or check the database behind the API's back. */
@ApplicationScoped
public class Sql {

    private final EntityManager entityManager;

    public Sql(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional
    public int update(String sql, Map<String, Object> parameters) {
        var query = entityManager.createNativeQuery(sql);
        parameters.forEach(query::setParameter);
        return query.executeUpdate();
    }

    public <T> List<T> list(String sql) {
        return list(sql, Map.of());
    }

    @Transactional
    @SuppressWarnings("unchecked")
    public <T> List<T> list(String sql, Map<String, Object> parameters) {
        var query = entityManager.createNativeQuery(sql);
        parameters.forEach(query::setParameter);
        return query.getResultList();
    }
}

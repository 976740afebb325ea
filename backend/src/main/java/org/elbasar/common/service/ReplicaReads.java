package org.elbasar.common.service;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.agroal.DataSource;
import io.quarkus.arc.InjectableInstance;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Supplier;
import org.hibernate.JDBCException;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.jboss.logging.Logger;

/**
 * Reads that tolerate a little lag (catalogue search, the directory, feeds, impact figures) go to a
 * read replica when one is configured ({@code QUARKUS_DATASOURCE_READ_JDBC_URL}); without one, or
 * while it is unreachable, to the primary as every other read.
 * <p>
 * A member reads their own writes: each successful write of a signed-in person notes the primary's
 * WAL position ({@link #wrote}); their reads go to the replica only once it has replayed that far.
 * A replica that fails (unreachable, stopped, a query cancelled by recovery) is left alone for
 * {@link #PAUSE_AFTER_FAILURE} and the read is done again on the primary, so that no visitor sees
 * the failure.
 */
@ApplicationScoped
public class ReplicaReads {

    private static final Logger LOG = Logger.getLogger(ReplicaReads.class);
    static final Duration PAUSE_AFTER_FAILURE = Duration.ofSeconds(5);
    /** The replica's session of the read under way on this thread, if it runs there. */
    private static final ThreadLocal<EntityManager> ON_REPLICA = new ThreadLocal<>();

    private final EntityManager primary;
    private final SessionFactory sessions;
    private final AgroalDataSource replica;
    private final Clock clock;
    private final Counter onReplica;
    private final Counter onPrimary;
    private final Counter failedOver;
    private volatile Instant pausedUntil = Instant.MIN;

    public ReplicaReads(EntityManager primary, SessionFactory sessions,
            @DataSource("read") InjectableInstance<AgroalDataSource> read, MeterRegistry meters, Clock clock) {
        this.primary = primary;
        this.sessions = sessions;
        this.replica = read.listActive().stream().findFirst().orElse(null);
        this.clock = clock;
        this.onReplica = meters.counter("elbasar.reads", "on", "replica");
        this.onPrimary = meters.counter("elbasar.reads", "on", "primary");
        this.failedOver = meters.counter("elbasar.reads", "on", "primary-after-replica-failure");
    }

    /** Whether a read replica is configured. */
    public boolean configured() {
        return replica != null;
    }

    /**
     * The EntityManager the read services use: each call goes to the replica's session when made
     * inside {@link #read}, there, and to the primary's otherwise.
     */
    @Produces
    @Singleton
    @Replica
    EntityManager routed() {
        return (EntityManager) Proxy.newProxyInstance(EntityManager.class.getClassLoader(), new Class<?>[] { EntityManager.class },
                (proxy, method, arguments) -> {
                    EntityManager target = ON_REPLICA.get();
                    try {
                        return method.invoke(target != null ? target : primary, arguments);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    /**
     * Runs {@code work}, whose queries go through the {@link Replica} EntityManager, on the replica when
     * there is one, it answers, and {@code reader} (null when anonymous) wrote nothing it has not replayed;
     * on the primary otherwise.
     */
    public <T> T read(UUID reader, Supplier<T> work) {
        if (replica == null || ON_REPLICA.get() != null || clock.instant().isBefore(pausedUntil)) {
            return onPrimary(work);
        }
        Long written = reader == null ? null : lastWrite(reader);
        try (Connection connection = replica.getConnection();
                Session session = sessions.withOptions().connection(connection).autoJoinTransactions(false).openSession()) {
            if (written != null && replayed(session) < written) {
                return onPrimary(work);
            }
            ON_REPLICA.set(session);
            try {
                T result = work.get();
                onReplica.increment();
                return result;
            } finally {
                ON_REPLICA.remove();
            }
        } catch (SQLException e) {
            return afterFailure(e, work);
        } catch (JDBCException e) {
            if (!replicaFailure(e.getSQLState())) {
                throw e;
            }
            return afterFailure(e, work);
        }
    }

    /** Notes where the primary's WAL stands after a write of {@code person}, for their next reads (a partner's client is no person: nothing). */
    public void wrote(UUID person) {
        if (replica == null) {
            return;
        }
        QuarkusTransaction.requiringNew().run(() -> primary.createNativeQuery("""
                INSERT INTO recent_write (person_id, lsn)
                SELECT id, pg_current_wal_lsn() - '0/0'::pg_lsn FROM person WHERE id = :person
                ON CONFLICT (person_id) DO UPDATE SET lsn = excluded.lsn, written_at = now()""")
                .setParameter("person", person).executeUpdate());
    }

    private Long lastWrite(UUID person) {
        Object lsn = QuarkusTransaction.joiningExisting().call(() -> primary.createNativeQuery(
                "SELECT lsn FROM recent_write WHERE person_id = :person").setParameter("person", person)
                .getResultStream().findFirst().orElse(null));
        return lsn == null ? null : ((Number) lsn).longValue();
    }

    /** How far the replica has replayed the primary's WAL (a server that is not a standby is always up to date). */
    private static long replayed(Session session) {
        return ((Number) session.createNativeQuery(
                "SELECT coalesce(pg_last_wal_replay_lsn(), pg_current_wal_lsn()) - '0/0'::pg_lsn", Object.class)
                .getSingleResult()).longValue();
    }

    private <T> T onPrimary(Supplier<T> work) {
        T result = work.get();
        onPrimary.increment();
        return result;
    }

    private <T> T afterFailure(Exception failure, Supplier<T> work) {
        pausedUntil = clock.instant().plus(PAUSE_AFTER_FAILURE);
        LOG.warnf("The read replica failed (%s): reads go to the primary for %d s", failure.getMessage(), PAUSE_AFTER_FAILURE.toSeconds());
        T result = work.get();
        failedOver.increment();
        return result;
    }

    /** Connection lost or refused (08), server shutting down (57P), a query cancelled by the standby's recovery (40001). */
    private static boolean replicaFailure(String sqlState) {
        return sqlState == null || sqlState.startsWith("08") || sqlState.startsWith("57P") || "40001".equals(sqlState);
    }
}

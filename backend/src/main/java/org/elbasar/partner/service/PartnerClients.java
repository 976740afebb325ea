package org.elbasar.partner.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.elbasar.common.api.ApiException;
import org.elbasar.common.domain.AuditAction;
import org.elbasar.common.service.AuditLog;
import org.elbasar.common.service.Caller;
import org.elbasar.common.service.SecretTokens;
import org.elbasar.partner.api.PartnerViews.Credentials;
import org.elbasar.partner.api.PartnerViews.PartnerClientInput;
import org.elbasar.partner.api.PartnerViews.PartnerClientView;
import org.elbasar.partner.api.PartnerViews.Usage;
import org.elbasar.partner.api.PartnerViews.UsageHour;
import org.elbasar.partner.api.PartnerViews.WhoAmI;
import org.elbasar.partner.domain.PartnerClient;

/** Admins register partner platforms, rotate their secrets and watch their usage. */
@ApplicationScoped
public class PartnerClients {

    private final EntityManager entityManager;
    private final AuditLog auditLog;
    private final Clock clock;

    public PartnerClients(EntityManager entityManager, AuditLog auditLog, Clock clock) {
        this.entityManager = entityManager;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Transactional
    public Credentials register(PartnerClientInput input, Caller caller) {
        adminOnly(caller);
        Instant now = clock.instant();
        PartnerClient client = new PartnerClient();
        client.id = UUID.randomUUID();
        client.createdAt = now;
        client.createdBy = caller.personId();
        client.requestsPerMinute = PartnerClientInput.DEFAULT_REQUESTS_PER_MINUTE;
        client.active = true;
        fill(client, input, now);
        String secret = SecretTokens.generate();
        client.secretHash = SecretTokens.hash(secret);
        client.secretRotatedAt = now;
        client.persist();
        auditLog.record(caller.personId(), AuditAction.PARTNER_REGISTERED, "partner_client", client.id, Map.of("name", client.name, "scopes", client.scopes));
        entityManager.flush();
        return new Credentials(client.id.toString(), secret, view(client));
    }

    @Transactional
    public PartnerClientView update(UUID id, Integer expectedVersion, PartnerClientInput input, Caller caller) {
        adminOnly(caller);
        PartnerClient client = find(id);
        ApiException.requireVersion(expectedVersion, client.version);
        fill(client, input, clock.instant());
        auditLog.record(caller.personId(), AuditAction.PARTNER_UPDATED, "partner_client", id,
                Map.of("scopes", client.scopes, "active", client.active, "requestsPerMinute", client.requestsPerMinute));
        entityManager.flush();
        return view(client);
    }

    /** A new secret, shown once; the old one and every token it obtained stop working. */
    @Transactional
    public Credentials rotate(UUID id, Caller caller) {
        adminOnly(caller);
        PartnerClient client = find(id);
        String secret = SecretTokens.generate();
        client.secretHash = SecretTokens.hash(secret);
        client.secretRotatedAt = clock.instant();
        client.updatedAt = client.secretRotatedAt;
        auditLog.record(caller.personId(), AuditAction.PARTNER_SECRET_ROTATED, "partner_client", id, Map.of());
        entityManager.flush();
        return new Credentials(client.id.toString(), secret, view(client));
    }

    @Transactional
    public List<PartnerClientView> list(Caller caller) {
        adminOnly(caller);
        return PartnerClient.<PartnerClient>list("order by name").stream().map(this::view).toList();
    }

    @Transactional
    public PartnerClientView detail(UUID id, Caller caller) {
        adminOnly(caller);
        return view(find(id));
    }

    /** Requests by hour over the last {@code hours} hours, oldest first, hours without any left out. */
    @Transactional
    @SuppressWarnings("unchecked")
    public List<UsageHour> usage(UUID id, int hours, Caller caller) {
        adminOnly(caller);
        find(id);
        Instant since = clock.instant().truncatedTo(ChronoUnit.HOURS).minus(Duration.ofHours(hours - 1L));
        List<Object[]> rows = entityManager.createNativeQuery("""
                SELECT date_trunc('hour', minute), sum(requests), sum(refused) FROM partner_usage
                WHERE client_id = :id AND minute >= :since GROUP BY 1 ORDER BY 1""")
                .setParameter("id", id).setParameter("since", since).getResultList();
        List<UsageHour> usage = new ArrayList<>();
        for (Object[] row : rows) {
            usage.add(new UsageHour((Instant) row[0], ((Number) row[1]).longValue(), ((Number) row[2]).longValue()));
        }
        return usage;
    }

    /** A partner's view of itself: the scopes its token carries, not all its client's. */
    @Transactional
    public WhoAmI whoAmI(UUID clientId, java.util.Set<String> groups) {
        PartnerClient client = find(clientId);
        return new WhoAmI(client.id, client.name, client.scopes.stream().filter(groups::contains).toList(), client.requestsPerMinute);
    }

    /** What is omitted keeps its value: the defaults of a new client (see {@link #register}), the current ones on an update. */
    private void fill(PartnerClient client, PartnerClientInput input, Instant now) {
        client.name = input.name().strip();
        client.contactEmail = input.contactEmail().strip();
        client.scopes = input.scopes().stream().distinct().sorted().toList();
        if (input.requestsPerMinute() != null) {
            client.requestsPerMinute = input.requestsPerMinute();
        }
        if (input.active() != null) {
            client.active = input.active();
        }
        client.updatedAt = now;
    }

    private PartnerClientView view(PartnerClient client) {
        Instant now = clock.instant();
        Object[] counts = (Object[]) entityManager.createNativeQuery("""
                SELECT coalesce(sum(requests) FILTER (WHERE minute >= :hour), 0), coalesce(sum(requests), 0), coalesce(sum(refused), 0)
                FROM partner_usage WHERE client_id = :id AND minute >= :day""")
                .setParameter("id", client.id).setParameter("hour", now.minus(Duration.ofHours(1)))
                .setParameter("day", now.minus(Duration.ofDays(1))).getSingleResult();
        return new PartnerClientView(client.id, client.name, client.contactEmail, client.scopes, client.requestsPerMinute, client.active,
                client.createdAt, client.secretRotatedAt,
                new Usage(((Number) counts[0]).longValue(), ((Number) counts[1]).longValue(), ((Number) counts[2]).longValue()),
                client.version);
    }

    private static PartnerClient find(UUID id) {
        PartnerClient client = PartnerClient.findById(id);
        if (client == null) {
            throw ApiException.notFound();
        }
        return client;
    }

    private static void adminOnly(Caller caller) {
        if (!caller.has("ADMIN")) {
            throw ApiException.forbidden();
        }
    }
}

package org.elbasar.partner.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.elbasar.common.service.UnwrittenMarks;
import org.elbasar.partner.domain.PartnerWebhook;
import org.elbasar.partner.domain.WebhookDelivery;
import org.jboss.logging.Logger;

/**
 * Delivers the outbox: each due delivery is claimed (SKIP LOCKED, so instances share the work) by
 * pushing its next attempt a lease ahead in a committed transaction, POSTed signed with no transaction
 * open, and marked in its own (see {@link UnwrittenMarks}). A receiver that fails is tried again after
 * 30 s, 1, 2, 4 … minutes, at most 4 hours apart, for 24 hours. Only a process killed in the instant
 * between the receiver's answer and the mark sends that event again, once the lease ends, with the same id.
 */
@ApplicationScoped
public class WebhookSender {

    static final Duration FIRST_RETRY = Duration.ofSeconds(30);
    static final Duration LONGEST_WAIT = Duration.ofHours(4);
    static final Duration RETRY_WINDOW = Duration.ofHours(24);
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(10);
    private static final int PER_RUN = 200;
    private static final Logger LOG = Logger.getLogger(WebhookSender.class);

    private final EntityManager entityManager;
    private final WebhookFanout fanout;
    private final Clock clock;
    private final Duration lease;
    private final UnwrittenMarks marks;
    private final WebhookTargets targets;
    private final HttpClient http;

    /** A delivery as claimed: what to send, where, and the attempts it had. */
    private record Claimed(UUID id, String url, String secret, String eventType, String payload, int attempts, Instant windowStart) {
    }

    public WebhookSender(EntityManager entityManager, WebhookFanout fanout, Clock clock, WebhookTargets targets, Vertx vertx,
            @ConfigProperty(name = "elbasar.delivery.lease") Duration lease,
            @ConfigProperty(name = "elbasar.delivery.marks-dir") Path marksDir) {
        this.lease = lease;
        this.marks = new UnwrittenMarks(marksDir.resolve("webhook.marks"), this::markDelivered);
        this.entityManager = entityManager;
        this.fanout = fanout;
        this.clock = clock;
        this.targets = targets;
        // the receiver's name is verified against its certificate (and sent as SNI) while connecting to the address checked
        this.http = vertx.createHttpClient(new HttpClientOptions().setConnectTimeout((int) CONNECT_TIMEOUT.toMillis())
                .setVerifyHost(true).setForceSni(true));
    }

    @Scheduled(every = "${elbasar.partner.webhooks.every}", executeWith = Scheduled.SIMPLE, concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        try {
            run();
        } catch (RuntimeException e) {
            LOG.warn("webhook run stopped; the next one goes on", e);
        }
    }

    /** Turns new changes into deliveries, then sends what is due. */
    public void run() {
        while (fanout.fanOut() > 0) {
            // until the log is read
        }
        for (int sent = 0; sent < PER_RUN && deliverNext(); sent++) {
            // one delivery at a time
        }
    }

    private boolean deliverNext() {
        marks.writeKept();
        Claimed delivery = QuarkusTransaction.requiringNew().call(this::claimNext);
        if (delivery == null) {
            return false;
        }
        Instant now = clock.instant();
        Integer statusCode = null;
        String error = null;
        long started = System.nanoTime();
        try {
            statusCode = post(delivery, now);
            if (statusCode / 100 != 2) {
                error = "HTTP " + statusCode;
            }
        } catch (WebhookTargets.Refused e) {
            error = "refused: " + e.getMessage();
        } catch (UnknownHostException | TimeoutException e) {
            error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            error = cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            error = "interrupted";
        }
        int durationMs = (int) Duration.ofNanos(System.nanoTime() - started).toMillis();
        int attempts = delivery.attempts() + 1;
        if (error == null) {
            marks.write(delivery.id() + " " + attempts + " " + statusCode + " " + durationMs + " " + now.toEpochMilli());
            return true;
        }
        Integer answered = statusCode;
        String lastError = error.substring(0, Math.min(error.length(), 500));
        UnwrittenMarks.writeIfPossible(() -> {
            WebhookDelivery row = WebhookDelivery.findById(delivery.id());
            row.attempts = attempts;
            row.lastStatusCode = answered;
            row.lastError = lastError;
            Instant giveUp = delivery.windowStart().plus(RETRY_WINDOW);
            Instant next = now.plus(wait(attempts));
            row.status = now.isBefore(giveUp) ? WebhookDelivery.PENDING : WebhookDelivery.FAILED;
            row.nextAttemptAt = next.isAfter(giveUp) ? giveUp : next;
            recordAttempt(delivery.id(), now, answered, lastError, durationMs);
        });
        return true;
    }

    /** Writes "id attempts status-code duration-ms delivered-at-epoch-ms", once (a delivery since purged is left alone). */
    private void markDelivered(String mark) {
        String[] fields = mark.split(" ");
        WebhookDelivery row = WebhookDelivery.findById(UUID.fromString(fields[0]));
        if (row == null || WebhookDelivery.DELIVERED.equals(row.status)) {
            return;
        }
        Instant at = Instant.ofEpochMilli(Long.parseLong(fields[4]));
        row.attempts = Integer.parseInt(fields[1]);
        row.lastStatusCode = Integer.valueOf(fields[2]);
        row.lastError = null;
        row.status = WebhookDelivery.DELIVERED;
        row.deliveredAt = at;
        recordAttempt(row.id, at, row.lastStatusCode, null, Integer.parseInt(fields[3]));
    }

    private void recordAttempt(UUID deliveryId, Instant at, Integer statusCode, String error, int durationMs) {
        entityManager.createNativeQuery("""
                INSERT INTO partner_webhook_attempt (delivery_id, attempted_at, status_code, error, duration_ms)
                VALUES (:id, :at, :code, :error, :ms)""")
                .setParameter("id", deliveryId).setParameter("at", Timestamp.from(at)).setParameter("code", statusCode)
                .setParameter("error", error).setParameter("ms", durationMs).executeUpdate();
    }

    /** Claims the next due delivery for a lease; null when there is none. */
    @SuppressWarnings("unchecked")
    private Claimed claimNext() {
        Instant now = clock.instant();
        List<UUID> due = entityManager.createNativeQuery("""
                SELECT d.id FROM partner_webhook_delivery d
                JOIN partner_webhook w ON w.id = d.webhook_id JOIN partner_client c ON c.id = w.client_id
                WHERE d.status = 'PENDING' AND d.next_attempt_at <= :now AND w.active AND c.active
                ORDER BY d.next_attempt_at, d.created_at LIMIT 1 FOR UPDATE OF d SKIP LOCKED""")
                .setParameter("now", Timestamp.from(now)).getResultList();
        if (due.isEmpty()) {
            return null;
        }
        WebhookDelivery delivery = WebhookDelivery.findById(due.get(0));
        PartnerWebhook webhook = PartnerWebhook.findById(delivery.webhookId);
        delivery.nextAttemptAt = now.plus(lease);
        return new Claimed(delivery.id, webhook.url, webhook.secret, delivery.eventType, delivery.payload, delivery.attempts,
                delivery.windowStart);
    }

    /** After the n-th failed attempt: 30 s doubled each time, at most 4 hours. */
    static Duration wait(int attempts) {
        Duration wait = FIRST_RETRY.multipliedBy(1L << Math.min(attempts - 1, 20));
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }

    /**
     * POSTs the delivery to the address its URL leads to now, checked as at subscription; redirects are not
     * followed. Answers the receiver's status.
     */
    private int post(Claimed delivery, Instant now)
            throws WebhookTargets.Refused, UnknownHostException, InterruptedException, ExecutionException, TimeoutException {
        URI uri = URI.create(delivery.url());
        InetAddress address = targets.address(uri);
        boolean https = "https".equalsIgnoreCase(uri.getScheme());
        int port = uri.getPort() > 0 ? uri.getPort() : https ? 443 : 80;
        long timestamp = now.getEpochSecond();
        RequestOptions request = new RequestOptions().setMethod(HttpMethod.POST)
                .setServer(SocketAddress.inetSocketAddress(new InetSocketAddress(address, port)))
                .setHost(uri.getHost()).setPort(port).setSsl(https).setFollowRedirects(false)
                .setURI(uri.getRawPath().isEmpty() ? "/" : uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()))
                .setTimeout(ANSWER_TIMEOUT.toMillis())
                .putHeader("Content-Type", "application/json")
                .putHeader("User-Agent", "elBasar-Webhooks/1")
                .putHeader("Elbasar-Event-Id", delivery.id().toString())
                .putHeader("Elbasar-Event-Type", delivery.eventType())
                .putHeader("Elbasar-Signature", "t=" + timestamp + ",v1=" + sign(delivery.secret(), timestamp + "." + delivery.payload()));
        return http.request(request)
                .compose(sent -> sent.send(Buffer.buffer(delivery.payload(), StandardCharsets.UTF_8.name())))
                .compose(response -> response.end().map(ignored -> response.statusCode()))
                .toCompletionStage().toCompletableFuture()
                .get(CONNECT_TIMEOUT.plus(ANSWER_TIMEOUT).toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Hex HMAC-SHA256 of "timestamp.body" with the subscription's secret. */
    static String sign(String secret, String signed) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}

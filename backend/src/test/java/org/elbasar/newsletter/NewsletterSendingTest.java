package org.elbasar.newsletter;

import static org.elbasar.testing.Newsletters.paris;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.elbasar.account.domain.Person;
import org.elbasar.member.domain.Organisation;
import org.elbasar.member.domain.OrganisationStatus;
import org.elbasar.newsletter.service.NewsletterSender;
import org.elbasar.newsletter.service.NewsletterTransport;
import org.elbasar.testing.Api;
import org.elbasar.testing.Fixtures;
import org.elbasar.testing.Mails;
import org.elbasar.testing.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Sending: who receives an issue, exactly once, across SMTP failures and a crash; unsubscribing and double opt-in. */
@QuarkusTest
class NewsletterSendingTest {

    @Inject
    Fixtures fixtures;

    @Inject
    TestClock clock;

    @Inject
    NewsletterSender sender;

    @Inject
    MockMailbox mailbox;

    @Inject
    Mails mails;

    @Inject
    EntityManager entityManager;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private record Issue(String id, String subject) {
    }

    /** A draft for a month of its own, sent by an animator. */
    private Issue send(int year, int month) {
        clock.setTo(paris(year, month, 2, 9));
        // issues other tests left sending go out first, so that the messages due afterwards are this issue's alone
        sender.sendDue();
        String animator = fixtures.token(fixtures.animator());
        String id = Api.as(animator).body(Map.of("month", String.format("%d-%02d", year, month))).post("/api/v1/newsletters").then()
                .statusCode(201).extract().path("id");
        Api.as(animator).post("/api/v1/newsletters/" + id + "/send").then().statusCode(428);
        Api.as(fixtures.token(fixtures.member(fixtures.activeOrganisation().id))).header("If-Match", "\"0\"")
                .post("/api/v1/newsletters/" + id + "/send").then().statusCode(403);
        Api.as(animator).header("If-Match", "\"0\"").post("/api/v1/newsletters/" + id + "/send").then().statusCode(202)
                .body("status", equalTo("SENDING")).body("progress.sent", equalTo(0));
        String subject = Api.as(animator).get("/api/v1/newsletters/" + id + "/rendered").then().statusCode(200).extract().path("subject");
        return new Issue(id, subject);
    }

    private List<Mail> issueTo(String address, Issue issue) {
        List<Mail> received = mailbox.getMailsSentTo(address);
        return received == null ? List.of() : received.stream().filter(mail -> mail.getSubject().equals(issue.subject())).toList();
    }

    @Test
    void everyRecipientGetsTheIssueOnceWithOneClickUnsubscribe() {
        Organisation active = fixtures.activeOrganisation();
        Person reader = fixtures.member(active.id);
        Person staff = fixtures.animator();
        Person optedOut = fixtures.member(active.id);
        Api.as(fixtures.token(optedOut)).body(Map.of("subscribed", false)).put("/api/v1/me/newsletter").then().statusCode(200)
                .body("subscribed", equalTo(false));
        Organisation suspended = fixtures.organisation(Fixtures.unique("Suspendue"), OrganisationStatus.SUSPENDED, "commune:59350");
        Person suspendedMember = fixtures.member(suspended.id);
        String subscriber = Fixtures.unique("lecteur") + "@example.org";
        Api.anonymous().body(Map.of("email", subscriber, "language", "en")).post("/api/v1/newsletter/subscribers").then().statusCode(202);
        String unconfirmed = Fixtures.unique("curieux") + "@example.org";
        Api.anonymous().body(Map.of("email", unconfirmed, "language", "fr")).post("/api/v1/newsletter/subscribers").then().statusCode(202);
        String confirmation = mails.tokenFrom(subscriber, "/newsletter/confirm/");
        Api.anonymous().post("/api/v1/newsletter/subscribers/confirm/" + confirmation).then().statusCode(200)
                .body("subscribed", equalTo(true));

        Issue issue = send(2030, 9);
        long total = ((Number) entityManager.createNativeQuery("SELECT count(*) FROM newsletter_delivery WHERE newsletter_id = CAST(:id AS uuid)")
                .setParameter("id", issue.id()).getSingleResult()).longValue();
        sender.sendDue();

        Api.anonymous().get("/api/v1/newsletters/" + issue.id()).then().statusCode(200).body("status", equalTo("SENT"))
                .body("progress.total", equalTo((int) total)).body("progress.sent", equalTo((int) total)).body("progress.pending", equalTo(0));
        assertEquals(1, issueTo(reader.email, issue).size());
        assertEquals(1, issueTo(staff.email, issue).size(), "the network's staff read it too");
        assertEquals(0, issueTo(optedOut.email, issue).size());
        assertEquals(0, issueTo(suspendedMember.email, issue).size());
        assertEquals(0, issueTo(unconfirmed, issue).size());
        List<Mail> english = mailbox.getMailsSentTo(subscriber);
        assertEquals(1, english.stream().filter(mail -> mail.getSubject().startsWith("The elBasar newsletter")).count());

        Mail mail = issueTo(reader.email, issue).get(0);
        String unsubscribe = mail.getHeaders().get("List-Unsubscribe").get(0);
        assertEquals("List-Unsubscribe=One-Click", mail.getHeaders().get("List-Unsubscribe-Post").get(0));
        assertTrue(mail.getHeaders().get("Message-ID").get(0).startsWith("<newsletter-"));
        Matcher header = Pattern.compile("<https?://[^/]+(/api/v1/newsletter/unsubscribe/([0-9a-f]+))>").matcher(unsubscribe);
        assertTrue(header.matches(), unsubscribe);
        assertTrue(mail.getText().contains("/newsletter/unsubscribe/" + header.group(2)), "a visible link in the text");
        assertTrue(mail.getHtml().contains("/newsletter/unsubscribe/" + header.group(2)), "a visible link in the HTML");

        // The mail client's one-click POST (RFC 8058), without signing in.
        Api.anonymous().contentType("application/x-www-form-urlencoded").body("List-Unsubscribe=One-Click")
                .post(header.group(1)).then().statusCode(200).body("subscribed", equalTo(false));
        Api.as(fixtures.token(reader)).get("/api/v1/me/newsletter").then().body("subscribed", equalTo(false));
        // The visible link's page reads and changes the same choice.
        Api.anonymous().get("/api/v1/newsletter/subscription/" + header.group(2)).then().statusCode(200)
                .body("email", equalTo(reader.email.charAt(0) + "***" + reader.email.substring(reader.email.indexOf('@'))))
                .body("subscribed", equalTo(false));
        Api.anonymous().body(Map.of("subscribed", true)).put("/api/v1/newsletter/subscription/" + header.group(2)).then().statusCode(200)
                .body("subscribed", equalTo(true));
        Api.anonymous().get("/api/v1/newsletter/subscription/unknown-token").then().statusCode(404);

        // The subscriber leaves from their own link.
        String subscriberToken = Pattern.compile("/newsletter/unsubscribe/([A-Za-z0-9_-]+)").matcher(english.get(english.size() - 1).getText())
                .results().findFirst().orElseThrow().group(1);
        Api.anonymous().body(Map.of("subscribed", false)).put("/api/v1/newsletter/subscription/" + subscriberToken).then().statusCode(200);

        Issue next = send(2030, 10);
        sender.sendDue();
        assertEquals(1, issueTo(reader.email, next).size(), "back after subscribing again");
        assertEquals(0, issueTo(subscriber, next).size());

        // Sent issues are read on the web; they no longer change.
        Api.anonymous().get("/api/v1/newsletters/" + issue.id() + "/rendered?language=fr").then().statusCode(200)
                .body("subject", equalTo(issue.subject()));
        String animator = fixtures.token(fixtures.animator());
        Api.as(animator).header("If-Match", "\"1\"").body(Map.of("editorialFr", "", "editorialEn", "", "items", List.of()))
                .put("/api/v1/newsletters/" + issue.id()).then().statusCode(409);
    }

    @Test
    void doubleOptInLinksExpireAfterSevenDays() {
        String late = Fixtures.unique("tardif") + "@example.org";
        Api.anonymous().body(Map.of("email", late, "language", "fr")).post("/api/v1/newsletter/subscribers").then().statusCode(202);
        String token = mails.tokenFrom(late, "/newsletter/confirm/");
        // Asking again at once sends nothing more (the form cannot flood an address).
        Api.anonymous().body(Map.of("email", late, "language", "fr")).post("/api/v1/newsletter/subscribers").then().statusCode(202);
        assertEquals(1, mails.to(late).size());
        clock.advance(Duration.ofDays(8));
        Api.anonymous().post("/api/v1/newsletter/subscribers/confirm/" + token).then().statusCode(410);
        // Later, a new link replaces the expired one.
        Api.anonymous().body(Map.of("email", late, "language", "fr")).post("/api/v1/newsletter/subscribers").then().statusCode(202);
        String renewed = mails.tokenFrom(late, "/newsletter/confirm/");
        Api.anonymous().post("/api/v1/newsletter/subscribers/confirm/" + renewed).then().statusCode(200).body("subscribed", equalTo(true));
        Api.anonymous().post("/api/v1/newsletter/subscribers/confirm/" + token).then().statusCode(404);
        Api.anonymous().post("/api/v1/newsletter/subscribers/confirm/nope").then().statusCode(404);
        // A pending address's token is no unsubscribe link.
        Api.anonymous().get("/api/v1/newsletter/subscription/" + token).then().statusCode(404);
        Api.anonymous().body(Map.of("email", "not an address", "language", "fr")).post("/api/v1/newsletter/subscribers").then()
                .statusCode(400).body("violations[0].field", equalTo("email"));
    }

    @Test
    void aFailingSmtpServerIsRetriedLater() {
        Person reader = fixtures.member(fixtures.activeOrganisation().id);
        Issue issue = send(2031, 3);
        AtomicInteger refused = new AtomicInteger();
        Queue<Mail> delivered = new ConcurrentLinkedQueue<>();
        QuarkusMock.installMockForType(new NewsletterTransport(null) {
            @Override
            public void send(Mail mail) {
                if (mail.getTo().contains(reader.email) && refused.getAndIncrement() == 0) {
                    throw new IllegalStateException("451 try again later");
                }
                delivered.add(mail);
            }
        }, NewsletterTransport.class);
        sender.sendDue();
        assertEquals(0, delivered.stream().filter(mail -> mail.getTo().contains(reader.email)).count());
        Api.anonymous().get("/api/v1/newsletters/" + issue.id()).then().statusCode(404);   // still sending
        Api.as(fixtures.token(fixtures.animator())).get("/api/v1/newsletters/" + issue.id()).then()
                .body("status", equalTo("SENDING")).body("progress.pending", equalTo(1));

        clock.advance(Duration.ofMinutes(2));
        sender.sendDue();
        assertEquals(1, delivered.stream().filter(mail -> mail.getTo().contains(reader.email)).count());
        Api.anonymous().get("/api/v1/newsletters/" + issue.id()).then().statusCode(200).body("status", equalTo("SENT"));
    }

    /** What a kill does to a worker: it stops dead, its transaction rolls back, whatever it had in hand. */
    private static final class Crash extends Error {
    }

    @Test
    void aCrashMidSendLosesNothingAndRepeatsAtMostTheMessageInHand() {
        Organisation organisation = fixtures.activeOrganisation();
        for (int i = 0; i < 12; i++) {
            fixtures.member(organisation.id);
        }
        Issue issue = send(2031, 7);
        AtomicInteger accepted = new AtomicInteger();
        AtomicBoolean crashed = new AtomicBoolean();
        Queue<Mail> delivered = new ConcurrentLinkedQueue<>();
        QuarkusMock.installMockForType(new NewsletterTransport(null) {
            @Override
            public void send(Mail mail) {
                if (crashed.get()) {
                    throw new Crash();
                }
                delivered.add(mail);
                if (accepted.incrementAndGet() == 5) {
                    // The SMTP server took the 5th message, then the process died before recording it.
                    crashed.set(true);
                    throw new Crash();
                }
            }
        }, NewsletterTransport.class);
        assertThrows(IllegalStateException.class, sender::sendDue);
        long sentBeforeCrash = count(issue, "SENT");
        assertTrue(sentBeforeCrash >= 4 && sentBeforeCrash < count(issue, null), "stopped mid-send: " + sentBeforeCrash);

        // After the restart.
        QuarkusMock.installMockForType(new NewsletterTransport(null) {
            @Override
            public void send(Mail mail) {
                delivered.add(mail);
            }
        }, NewsletterTransport.class);
        sender.sendDue();
        assertTrue(count(issue, "PENDING") >= 1, "the messages the workers had in hand wait for the end of their lease");
        clock.advance(Duration.ofMinutes(2));
        sender.sendDue();
        long total = count(issue, null);
        assertEquals(total, count(issue, "SENT"));
        Map<String, Long> byMessageId = delivered.stream()
                .collect(Collectors.groupingBy(mail -> mail.getHeaders().get("Message-ID").get(0), Collectors.counting()));
        assertEquals(total, byMessageId.size(), "every recipient received it");
        Set<String> repeated = byMessageId.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).collect(Collectors.toSet());
        assertEquals(1, repeated.size(), "only the message in hand at the crash came twice, with its Message-ID: " + repeated);
        assertEquals(total + 1, delivered.size());
    }

    private long count(Issue issue, String status) {
        return ((Number) entityManager.createNativeQuery("SELECT count(*) FROM newsletter_delivery WHERE newsletter_id = CAST(:id AS uuid)"
                + (status == null ? "" : " AND status = '" + status + "'"))
                .setParameter("id", issue.id()).getSingleResult()).longValue();
    }
}

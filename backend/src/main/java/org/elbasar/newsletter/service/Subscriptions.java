package org.elbasar.newsletter.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response.Status;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.elbasar.account.domain.Person;
import org.elbasar.common.api.ApiException;
import org.elbasar.common.service.Caller;
import org.elbasar.common.service.MailOutbox;
import org.elbasar.common.service.SecretTokens;
import org.elbasar.newsletter.api.NewsletterViews.MySubscription;
import org.elbasar.newsletter.api.NewsletterViews.SubscriptionView;
import org.elbasar.newsletter.domain.Subscriber;

/**
 * Who receives the newsletter: each person chooses in their account; people outside the network
 * subscribe with double opt-in; anyone leaves from the link of any issue, without signing in.
 */
@ApplicationScoped
public class Subscriptions {

    /** How long a confirmation link works. */
    static final Duration CONFIRMATION_VALIDITY = Duration.ofDays(7);
    /** A pending address is sent another confirmation only after this long. */
    static final Duration RESEND_AFTER = Duration.ofMinutes(15);

    private final MailOutbox outbox;
    private final Clock clock;

    public Subscriptions(MailOutbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public MySubscription mine(Caller caller) {
        Person person = Person.findById(caller.personId());
        return new MySubscription(person.newsletter, person.email);
    }

    @Transactional
    public MySubscription setMine(boolean subscribed, Caller caller) {
        Person person = Person.findById(caller.personId());
        person.newsletter = subscribed;
        return new MySubscription(person.newsletter, person.email);
    }

    /**
     * Asks an address to confirm. The answer never says whether the address was known; an address
     * already confirmed gets no email.
     */
    @Transactional
    public void subscribe(String email, String language) {
        Subscriber subscriber = Subscriber.<Subscriber>find("lower(email) = lower(?1)", email.strip()).firstResultOptional().orElse(null);
        Instant now = clock.instant();
        if (subscriber != null && (subscriber.status == Subscriber.Status.CONFIRMED
                || subscriber.status == Subscriber.Status.PENDING && subscriber.createdAt.plus(RESEND_AFTER).isAfter(now))) {
            // Nothing new to say: repeated requests must not turn the form into a way to flood an address.
            return;
        }
        if (subscriber == null) {
            subscriber = new Subscriber();
            subscriber.id = UUID.randomUUID();
            subscriber.email = email.strip();
        }
        subscriber.locale = language;
        subscriber.status = Subscriber.Status.PENDING;
        subscriber.token = SecretTokens.generate();
        subscriber.createdAt = now;
        subscriber.unsubscribedAt = null;
        subscriber.persist();
        outbox.enqueue(new MailOutbox.Message("newsletter-confirm", subscriber.email, Locale.forLanguageTag(language),
                Map.of("token", subscriber.token)));
    }

    @Transactional
    public SubscriptionView confirm(String token) {
        Subscriber subscriber = Subscriber.<Subscriber>find("token", token).firstResultOptional().orElseThrow(ApiException::notFound);
        if (subscriber.status == Subscriber.Status.PENDING) {
            Instant now = clock.instant();
            if (subscriber.createdAt.plus(CONFIRMATION_VALIDITY).isBefore(now)) {
                throw new ApiException(Status.GONE, "confirmation-expired");
            }
            subscriber.status = Subscriber.Status.CONFIRMED;
            subscriber.confirmedAt = now;
        }
        return view(subscriber.email, subscriber.status == Subscriber.Status.CONFIRMED);
    }

    /** The recipient an unsubscribe link names: a person or a confirmed subscriber. */
    @Transactional
    public SubscriptionView subscription(String token) {
        return recipient(token).view();
    }

    @Transactional
    public SubscriptionView set(String token, boolean subscribed) {
        Recipient recipient = recipient(token);
        if (recipient.person() != null) {
            recipient.person().newsletter = subscribed;
        } else {
            Subscriber subscriber = recipient.subscriber();
            subscriber.status = subscribed ? Subscriber.Status.CONFIRMED : Subscriber.Status.UNSUBSCRIBED;
            subscriber.unsubscribedAt = subscribed ? null : clock.instant();
        }
        return recipient.view();
    }

    private record Recipient(Person person, Subscriber subscriber) {

        SubscriptionView view() {
            return person != null ? Subscriptions.view(person.email, person.newsletter)
                    : Subscriptions.view(subscriber.email, subscriber.status == Subscriber.Status.CONFIRMED);
        }
    }

    private static Recipient recipient(String token) {
        Optional<Person> person = Person.find("newsletterToken", token).firstResultOptional();
        if (person.isPresent()) {
            return new Recipient(person.get(), null);
        }
        return Subscriber.<Subscriber>find("token = ?1 and status <> ?2", token, Subscriber.Status.PENDING).firstResultOptional()
                .map(subscriber -> new Recipient(null, subscriber)).orElseThrow(ApiException::notFound);
    }

    /** The address half hidden: whoever holds a forwarded email does not learn it whole. */
    static SubscriptionView view(String email, boolean subscribed) {
        int at = email.indexOf('@');
        String masked = at <= 1 ? "*" + email.substring(Math.max(at, 0)) : email.charAt(0) + "***" + email.substring(at);
        return new SubscriptionView(masked, subscribed);
    }
}

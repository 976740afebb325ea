package org.elbasar.hotline.service;

import io.quarkus.quartz.Nonconcurrent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response.Status;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.elbasar.account.domain.Person;
import org.elbasar.catalog.domain.CatalogItem;
import org.elbasar.common.api.ApiException;
import org.elbasar.common.service.MailOutbox;
import org.elbasar.common.service.SecretTokens;
import org.elbasar.hotline.api.HotlineViews.FollowUpView;
import org.elbasar.hotline.domain.FollowUp;
import org.elbasar.hotline.domain.FollowUpAnswer;
import org.elbasar.hotline.domain.Introduction;
import org.elbasar.hotline.domain.IntroductionStatus;
import org.elbasar.hotline.domain.Side;
import org.elbasar.member.domain.Organisation;

/**
 * "Did an exchange happen?": asked in the introduction email, then 14 and 30 days later to both
 * parties while the introduction has no outcome. Each email carries a single-use link (a random
 * token of which only the hash is stored) answered without signing in.
 */
@ApplicationScoped
public class FollowUps {

    /** Days after the introduction at which both parties are asked again. */
    static final List<Integer> ROUNDS = List.of(14, 30);
    static final Duration LINK_LIFETIME = Duration.ofDays(45);

    private final EntityManager entityManager;
    private final Introductions introductions;
    private final MailOutbox mail;
    private final Clock clock;

    public FollowUps(EntityManager entityManager, Introductions introductions, MailOutbox mail, Clock clock) {
        this.entityManager = entityManager;
        this.introductions = introductions;
        this.mail = mail;
        this.clock = clock;
    }

    /** A new link for one party and round; returns the token to put in the email. */
    @Transactional(Transactional.TxType.MANDATORY)
    String issue(Introduction introduction, Side side, int roundDays, UUID recipientId) {
        String token = SecretTokens.generate();
        FollowUp followUp = new FollowUp();
        followUp.tokenHash = SecretTokens.hash(token);
        followUp.introductionId = introduction.id;
        followUp.side = side;
        followUp.roundDays = roundDays;
        followUp.recipientId = recipientId;
        followUp.sentAt = clock.instant();
        followUp.expiresAt = followUp.sentAt.plus(LINK_LIFETIME);
        followUp.persist();
        return token;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public FollowUpView view(String token) {
        FollowUp followUp = find(token);
        return view(followUp, Introduction.findById(followUp.introductionId));
    }

    /** Records a party's answer, once per link; "yes" means an exchange was made, "no" that none will be. */
    @Transactional
    public FollowUpView answer(String token, FollowUpAnswer answer) {
        FollowUp followUp = find(token);
        if (followUp.answer != null) {
            throw new ApiException(Status.CONFLICT, "follow-up-answered");
        }
        followUp.answer = answer;
        followUp.answeredAt = clock.instant();
        Introduction introduction = Introduction.findById(followUp.introductionId);
        if (answer == FollowUpAnswer.YES && introduction.status != IntroductionStatus.EXCHANGE_MADE) {
            introductions.conclude(introduction, IntroductionStatus.EXCHANGE_MADE);
        } else if (answer == FollowUpAnswer.NO && !introduction.status.isOver()) {
            introductions.conclude(introduction, IntroductionStatus.NO_FOLLOW_UP);
        }
        return view(followUp, introduction);
    }

    private FollowUp find(String token) {
        FollowUp followUp = FollowUp.findById(SecretTokens.hash(token));
        if (followUp == null) {
            throw ApiException.notFound();
        }
        if (!clock.instant().isBefore(followUp.expiresAt)) {
            throw new ApiException(Status.GONE, "follow-up-expired");
        }
        return followUp;
    }

    private static FollowUpView view(FollowUp followUp, Introduction introduction) {
        UUID itemId = introduction.requestId != null ? introduction.requestId : introduction.offerId;
        CatalogItem item = itemId == null ? null : CatalogItem.findById(itemId);
        Organisation other = Organisation.findById(introduction.organisationOf(
                followUp.side == Side.REQUESTER ? Side.PROVIDER : Side.REQUESTER));
        return new FollowUpView(followUp.side, item == null ? null : item.title, other.name, introduction.createdAt,
                followUp.answer, followUp.answeredAt, introduction.id);
    }

    @Nonconcurrent
    @Scheduled(identity = "hotline-follow-ups", cron = "${elbasar.hotline.follow-up-cron}", timeZone = "Europe/Paris",
            executeWith = Scheduled.QUARTZ)
    void daily() {
        sendDue();
    }

    /** Asks both parties of every introduction without an outcome that reached a round; returns the emails queued. */
    @Transactional
    @SuppressWarnings("unchecked")
    public int sendDue() {
        Instant now = clock.instant();
        int sent = 0;
        for (int i = 0; i < ROUNDS.size(); i++) {
            int round = ROUNDS.get(i);
            // an introduction that already reached the next round is only asked that one
            Instant nextRound = i + 1 < ROUNDS.size() ? now.minus(Duration.ofDays(ROUNDS.get(i + 1))) : Instant.EPOCH;
            List<UUID> due = entityManager.createNativeQuery("""
                    SELECT x.id FROM introduction x
                    WHERE x.status IN ('PROPOSED', 'ACCEPTED') AND x.created_at <= :due AND x.created_at > :nextRound
                      AND NOT EXISTS (SELECT 1 FROM follow_up f WHERE f.introduction_id = x.id AND f.round_days = :round)
                    ORDER BY x.created_at""")
                    .setParameter("due", Timestamp.from(now.minus(Duration.ofDays(round))))
                    .setParameter("nextRound", Timestamp.from(nextRound))
                    .setParameter("round", round)
                    .getResultList();
            for (UUID id : due) {
                Introduction introduction = Introduction.findById(id);
                for (Side side : Side.values()) {
                    sent += ask(introduction, side, round) ? 1 : 0;
                }
            }
        }
        return sent;
    }

    private boolean ask(Introduction introduction, Side side, int round) {
        Person recipient = introductions.contactPerson(introduction, side);
        Organisation own = Organisation.findById(introduction.organisationOf(side));
        String email = recipient != null ? recipient.email : own.contactEmail;
        String token = issue(introduction, side, round, recipient == null ? null : recipient.id);
        if (email == null) {
            return false;
        }
        FollowUpView about = view(FollowUp.findById(SecretTokens.hash(token)), introduction);
        Map<String, Object> data = new HashMap<>();
        data.put("firstName", recipient == null ? null : recipient.firstName);
        data.put("about", about);
        data.put("days", round);
        data.put("token", token);
        Locale locale = Locale.forLanguageTag(recipient != null ? recipient.locale : "fr");
        mail.enqueue(new MailOutbox.Message("follow-up", email, locale, data, about.otherOrganisation()));
        return true;
    }
}

package org.elbasar.newsletter.service;

import io.quarkus.quartz.Nonconcurrent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import org.elbasar.event.service.ParisTime;
import org.jboss.logging.Logger;

/** On the first working day of each month, the month's draft is waiting for the animators. */
@ApplicationScoped
public class MonthlyDraft {

    private static final Logger LOG = Logger.getLogger(MonthlyDraft.class);

    private final NewsletterDrafts drafts;
    private final Clock clock;

    public MonthlyDraft(NewsletterDrafts drafts, Clock clock) {
        this.drafts = drafts;
        this.clock = clock;
    }

    @Nonconcurrent
    @Scheduled(identity = "newsletter-monthly-draft", cron = "{elbasar.newsletter.compose-cron}", timeZone = "Europe/Paris",
            executeWith = Scheduled.QUARTZ)
    void everyMorning() {
        composeWhenDue();
    }

    /** Composes the month's draft on its first working day (or later that month if it was missed); true when it did. */
    public boolean composeWhenDue() {
        LocalDate today = LocalDate.now(clock.withZone(ParisTime.ZONE));
        YearMonth month = YearMonth.from(today);
        if (today.isBefore(WorkingDays.first(month))) {
            return false;
        }
        boolean composed = drafts.composeIfMissing(month);
        if (composed) {
            LOG.infof("Composed the newsletter draft of %s", month);
        }
        return composed;
    }
}

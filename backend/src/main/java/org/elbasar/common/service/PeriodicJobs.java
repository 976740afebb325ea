package org.elbasar.common.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.quartz.QuartzScheduler;
import io.quarkus.scheduler.FailedExecution;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import io.quarkus.scheduler.Scheduler;
import io.quarkus.scheduler.SuccessfulExecution;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.core.Response.Status;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.elbasar.common.api.ApiException;
import org.quartz.CronTrigger;
import org.quartz.JobKey;
import org.quartz.SchedulerException;
import org.quartz.SimpleTrigger;
import org.quartz.Trigger;

/**
 * The periodic jobs that run through Quartz's clustered store (each fires once per period across the
 * instances): their schedule and next run as Quartz keeps them, the runs they recorded, and a run on demand.
 * The pollers on the simple scheduler run on every instance all the time and are not recorded.
 */
@ApplicationScoped
public class PeriodicJobs {

    @Schema(name = "JobOutcome")
    public enum Outcome { SUCCEEDED, FAILED }

    public record Run(String instance, Instant startedAt, Duration duration, Outcome outcome, String error) {
    }

    /** A job's schedule: a cron (with its time zone) or a fixed interval. */
    public record Job(String name, String cron, String timeZone, Duration every, Instant nextRun, Run lastRun) {
    }

    private static final int ERROR_LENGTH = 2000;

    private final QuartzScheduler quartz;
    private final EntityManager entityManager;
    private final Duration runHistory;

    // Quartz is one of the composite scheduler's constituents (the pollers run on the simple one)
    public PeriodicJobs(@Identifier(Scheduled.QUARTZ) QuartzScheduler quartz, EntityManager entityManager,
            @ConfigProperty(name = "elbasar.jobs.run-history") Duration runHistory) {
        this.quartz = quartz;
        this.entityManager = entityManager;
        this.runHistory = runHistory;
    }

    void succeeded(@Observes SuccessfulExecution event) {
        record(event.getExecution(), null);
    }

    void failed(@Observes FailedExecution event) {
        record(event.getExecution(), event.getException());
    }

    /** Every job Quartz runs here, by name, with its last recorded run. */
    public List<Job> list() {
        if (!quartz.isStarted()) {
            return List.of();
        }
        Map<String, Run> lastRuns = lastRuns();
        return quartz.getScheduledJobs().stream()
                .map(job -> describe(job.getId(), lastRuns.get(job.getId())))
                .sorted(Comparator.comparing(Job::name))
                .toList();
    }

    /** Fires the job once, on whichever instance acquires the trigger first (the trigger is stored in PostgreSQL). */
    public void runNow(String name) {
        if (!isQuartzJob(name)) {
            throw new ApiException(Status.NOT_FOUND, "job-not-found", name);
        }
        try {
            quartz.getScheduler().triggerJob(jobKey(name));
        } catch (SchedulerException e) {
            throw new IllegalStateException("Could not fire " + name, e);
        }
    }

    private boolean isQuartzJob(String name) {
        return quartz.isStarted() && quartz.getScheduledJob(name) != null;
    }

    private static JobKey jobKey(String name) {
        return new JobKey(name, Scheduler.class.getName());
    }

    private Job describe(String name, Run lastRun) {
        try {
            List<? extends Trigger> triggers = quartz.getScheduler().getTriggersOfJob(jobKey(name));
            // the job's own trigger, not the one-off triggers of runs asked by hand
            Trigger schedule = triggers.stream().filter(t -> t.getKey().getName().equals(name)).findFirst().orElse(null);
            Instant nextRun = schedule == null || schedule.getNextFireTime() == null ? null : schedule.getNextFireTime().toInstant();
            if (schedule instanceof CronTrigger cron) {
                return new Job(name, cron.getCronExpression(), cron.getTimeZone().getID(), null, nextRun, lastRun);
            }
            Duration every = schedule instanceof SimpleTrigger simple ? Duration.ofMillis(simple.getRepeatInterval()) : null;
            return new Job(name, null, null, every, nextRun, lastRun);
        } catch (SchedulerException e) {
            throw new IllegalStateException("Could not read the schedule of " + name, e);
        }
    }

    @SuppressWarnings("unchecked")
    private Map<String, Run> lastRuns() {
        List<Object[]> rows = QuarkusTransaction.joiningExisting().call(() -> entityManager.createNativeQuery("""
                SELECT DISTINCT ON (job_name) job_name, instance, started_at, duration_ms, outcome, error
                FROM job_run ORDER BY job_name, started_at DESC""").getResultList());
        return rows.stream().collect(Collectors.toMap(row -> (String) row[0], row -> new Run((String) row[1],
                (Instant) row[2], Duration.ofMillis(((Number) row[3]).longValue()),
                Outcome.valueOf((String) row[4]), (String) row[5]), (a, b) -> a));
    }

    private void record(ScheduledExecution execution, Throwable failure) {
        String name = execution.getTrigger().getId();
        if (!isQuartzJob(name)) {
            return;
        }
        Instant startedAt = execution.getFireTime();
        Duration duration = Duration.between(startedAt, Instant.now());
        String error = failure == null ? null : abbreviate(String.valueOf(failure));
        String instance = instanceId();
        QuarkusTransaction.requiringNew().run(() -> {
            entityManager.createNativeQuery("""
                    INSERT INTO job_run (job_name, instance, started_at, duration_ms, outcome, error)
                    VALUES (:name, :instance, :startedAt, :duration, :outcome, :error)""")
                    .setParameter("name", name)
                    .setParameter("instance", instance)
                    .setParameter("startedAt", Timestamp.from(startedAt))
                    .setParameter("duration", duration.toMillis())
                    .setParameter("outcome", (failure == null ? Outcome.SUCCEEDED : Outcome.FAILED).name())
                    .setParameter("error", error)
                    .executeUpdate();
            entityManager.createNativeQuery("DELETE FROM job_run WHERE job_name = :name AND started_at < :cutoff")
                    .setParameter("name", name)
                    .setParameter("cutoff", Timestamp.from(startedAt.minus(runHistory)))
                    .executeUpdate();
        });
    }

    private String instanceId() {
        try {
            return quartz.getScheduler().getSchedulerInstanceId();
        } catch (SchedulerException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= ERROR_LENGTH ? text : text.substring(0, ERROR_LENGTH - 1) + "…";
    }
}

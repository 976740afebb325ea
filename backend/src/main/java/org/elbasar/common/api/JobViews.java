package org.elbasar.common.api;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.elbasar.common.service.PeriodicJobs;

/** What admins read of the periodic jobs. */
public final class JobViews {

    private JobViews() {
    }

    @Schema(name = "JobSchedule", description = "A cron in its time zone, or a fixed interval (ISO 8601 duration)")
    public record Schedule(@Schema(examples = "0 0 7 * * ?") String cron, @Schema(examples = "Europe/Paris") String timeZone,
            @Schema(examples = "PT1H") String every) {
    }

    @Schema(name = "JobRun", description = "One run of a job, on one instance")
    public record Run(Instant startedAt, long durationMs, PeriodicJobs.Outcome outcome,
            @Schema(description = "The Quartz instance (host and start time) that ran it") String instance,
            @Schema(description = "Why it failed") String error) {
    }

    @Schema(name = "Job", description = "A periodic job, run once per period across the instances")
    public record Job(@Schema(examples = "saved-search-digest") String name, String description, Schedule schedule,
            @Schema(description = "Absent once the schedule has no more runs") Instant nextRun,
            @Schema(description = "Absent before its first recorded run") Run lastRun) {
    }
}

package org.elbasar.common;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.elbasar.testing.Api;
import org.elbasar.testing.Fixtures;
import org.elbasar.testing.ProbeJob;
import org.elbasar.testing.Sql;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.quartz.Scheduler;

/**
 * Admins see the periodic jobs run through Quartz's clustered store, with their next and last runs, and
 * run one by hand; a run missed while no instance was up is caught up once. The cron jobs are scheduled
 * here (for 2099, so that none fires by itself); the tests' own ProbeJob counts its runs.
 */
@QuarkusTest
@TestProfile(JobsTest.EveryCronJobScheduled.class)
class JobsTest {

    static final String JOBS = "/api/v1/admin/jobs";
    static final String NEVER = "0 0 0 1 1 ? 2099";
    static final Set<String> CRON_JOBS = Set.of("saved-search-digest", "hotline-follow-ups", "event-reminders", "retention",
            "newsletter-monthly-draft", "post-of-the-day", ProbeJob.NAME);

    /** The cron jobs scheduled (never due); a trigger late by more than a second has misfired, so that a test need not wait a minute. */
    public static class EveryCronJobScheduled implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> settings = new HashMap<>();
            for (String cron : List.of("elbasar.catalog.digest-cron", "elbasar.hotline.follow-up-cron", "elbasar.events.reminder-cron",
                    "elbasar.retention.cron", "elbasar.newsletter.compose-cron", "elbasar.newsletter.post-of-the-day-cron")) {
                settings.put(cron, NEVER);
            }
            settings.put("quarkus.quartz.misfire-threshold", "1s");
            return settings;
        }
    }

    @Inject
    Fixtures fixtures;

    @Inject
    ProbeJob probe;

    @Inject
    Sql sql;

    @Inject
    Scheduler quartz;

    @AfterEach
    void probeSucceedsAgain() {
        probe.failWith(null);
    }

    @Test
    void onlyAdminsSeeAndRunJobs() {
        Api.anonymous().get(JOBS).then().statusCode(401);
        Api.anonymous().post(JOBS + "/" + ProbeJob.NAME + "/runs").then().statusCode(401);
        for (String token : List.of(fixtures.token(fixtures.member(fixtures.activeOrganisation().id)), fixtures.token(fixtures.animator()))) {
            Api.as(token).get(JOBS).then().statusCode(403);
            Api.as(token).post(JOBS + "/" + ProbeJob.NAME + "/runs").then().statusCode(403);
        }
    }

    @Test
    void adminsSeeEveryJobWithItsScheduleAndNextRun() {
        List<Map<String, Object>> jobs = Api.as(admin()).get(JOBS).then().statusCode(200).extract().path("");
        Map<String, Map<String, Object>> byName = jobs.stream().collect(Collectors.toMap(job -> (String) job.get("name"), job -> job));
        assertEquals(CRON_JOBS, byName.keySet());
        for (Map<String, Object> job : jobs) {
            assertNotNull(job.get("nextRun"), job.toString());
            assertTrue(Instant.parse((String) job.get("nextRun")).isAfter(Instant.parse("2098-12-31T00:00:00Z")), job.toString());
        }
        Map<String, Object> digest = byName.get("saved-search-digest");
        @SuppressWarnings("unchecked")
        Map<String, Object> schedule = (Map<String, Object>) digest.get("schedule");
        assertEquals(NEVER, schedule.get("cron"));
        assertEquals("Europe/Paris", schedule.get("timeZone"));
        assertNull(schedule.get("every"));
        assertEquals("Envoie à chaque recherche enregistrée ses nouveaux résultats du jour", digest.get("description"));
        Api.as(admin()).header("Accept-Language", "en").get(JOBS).then().statusCode(200)
                .body("find { it.name == 'retention' }.description", equalTo("Deletes what has outlived its retention period"));
    }

    @Test
    void aJobRunNowRunsOnceAndItsRunIsRecorded() {
        int before = probe.runs();
        Instant asked = Instant.now().minusMillis(1);
        Api.as(admin()).post(JOBS + "/" + ProbeJob.NAME + "/runs").then().statusCode(202);
        Map<String, Object> run = awaitRunAfter(ProbeJob.NAME, asked);
        assertEquals("SUCCEEDED", run.get("outcome"));
        assertTrue(((Number) run.get("durationMs")).longValue() >= 0, run.toString());
        assertFalse(((String) run.get("instance")).isBlank(), run.toString());
        assertNull(run.get("error"));
        assertRunsStay(before + 1);

        // a job of the platform, the same way
        Api.as(admin()).post(JOBS + "/retention/runs").then().statusCode(202);
        assertEquals("SUCCEEDED", awaitRunAfter("retention", asked).get("outcome"));
    }

    @Test
    void aFailingRunIsRecordedWithItsError() {
        probe.failWith("the probe was told to fail");
        Instant asked = Instant.now().minusMillis(1);
        Api.as(admin()).post(JOBS + "/" + ProbeJob.NAME + "/runs").then().statusCode(202);
        Map<String, Object> run = awaitRunAfter(ProbeJob.NAME, asked);
        assertEquals("FAILED", run.get("outcome"));
        assertTrue(((String) run.get("error")).contains("the probe was told to fail"), run.toString());
    }

    @Test
    void anUnknownJobIsNotFound() {
        Api.as(admin()).post(JOBS + "/no-such-job/runs").then().statusCode(404)
                .contentType("application/problem+json")
                .body("title", equalTo("Tâche inconnue"))
                .body("detail", containsString("no-such-job"));
    }

    /** All instances down over the probe's time (its trigger left in the past, the scheduler in standby): back up, it runs once. */
    @Test
    void aRunMissedWhileEveryInstanceWasDownIsCaughtUpOnce() throws Exception {
        int before = probe.runs();
        quartz.standby();
        try {
            assertEquals(1, sql.update("""
                    UPDATE qrtz_triggers SET next_fire_time = :missed WHERE trigger_name = :name AND job_name = :name""",
                    Map.of("missed", Instant.now().minus(Duration.ofDays(3)).toEpochMilli(), "name", ProbeJob.NAME)));
        } finally {
            quartz.start();
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> probe.runs() > before);
        assertRunsStay(before + 1);
        Map<String, Object> probeJob = Api.as(admin()).get(JOBS).then().statusCode(200).extract().path("find { it.name == '" + ProbeJob.NAME + "' }");
        assertTrue(Instant.parse((String) probeJob.get("nextRun")).isAfter(Instant.parse("2098-12-31T00:00:00Z")), probeJob.toString());
    }

    /** Several misfire checks (one a second here) and trigger acquisitions later, still that many runs. */
    private void assertRunsStay(int runs) {
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5)).until(() -> probe.runs() == runs);
    }

    private Map<String, Object> awaitRunAfter(String name, Instant asked) {
        String admin = admin();
        return await().atMost(Duration.ofSeconds(20)).until(() -> {
            Map<String, Object> job = Api.as(admin).get(JOBS).then().statusCode(200).extract().path("find { it.name == '" + name + "' }");
            @SuppressWarnings("unchecked")
            Map<String, Object> run = (Map<String, Object>) job.get("lastRun");
            return run != null && Instant.parse((String) run.get("startedAt")).isAfter(asked) ? run : null;
        }, run -> run != null);
    }

    private String admin() {
        return fixtures.token(fixtures.admin());
    }
}

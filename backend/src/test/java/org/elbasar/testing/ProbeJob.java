package org.elbasar.testing;

import io.quarkus.quartz.Nonconcurrent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A periodic job of the tests' own (JobsTest, AccessMatrixTest): it counts its runs and fails when told to.
 * Its cron first comes in 2099: it runs when asked, or when its trigger is made late.
 */
@ApplicationScoped
public class ProbeJob {

    public static final String NAME = "test-probe";

    private final AtomicInteger runs = new AtomicInteger();
    private volatile String failure;

    @Nonconcurrent
    @Scheduled(identity = NAME, cron = "0 0 0 1 1 ? 2099", executeWith = Scheduled.QUARTZ)
    void run() {
        runs.incrementAndGet();
        if (failure != null) {
            throw new IllegalStateException(failure);
        }
    }

    public int runs() {
        return runs.get();
    }

    /** From now on each run fails with this message; null: each succeeds. */
    public void failWith(String message) {
        failure = message;
    }
}

package org.elbasar.newsletter.service;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/** Spaces sends evenly so that all workers together stay under a rate the SMTP relay accepts. */
final class SendingPace {

    private final long intervalNanos;
    private long nextSlot = System.nanoTime();

    SendingPace(int perSecond) {
        this.intervalNanos = TimeUnit.SECONDS.toNanos(1) / Math.max(1, perSecond);
    }

    /** Waits for the caller's turn. */
    void await() {
        long slot;
        synchronized (this) {
            long now = System.nanoTime();
            slot = Math.max(now, nextSlot);
            nextSlot = slot + intervalNanos;
        }
        long wait;
        while ((wait = slot - System.nanoTime()) > 0) {
            LockSupport.parkNanos(wait);
        }
    }
}

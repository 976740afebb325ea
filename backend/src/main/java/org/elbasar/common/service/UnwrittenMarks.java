package org.elbasar.common.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.util.Deque;
import java.util.concurrent.ConcurrentLinkedDeque;
import org.jboss.logging.Logger;

/**
 * What a sender writes down once a message is handed over (sent, or failed and when to try again),
 * each in its own transaction. When the database is away the mark is kept here and written first
 * thing on the next run, so that a message handed over is not sent again because its mark was lost
 * with the connection. Only a process killed between the hand-over and the mark repeats a message,
 * once its lease ends, under the same id.
 */
public final class UnwrittenMarks {

    private static final Logger LOG = Logger.getLogger(UnwrittenMarks.class);

    private final Deque<Runnable> kept = new ConcurrentLinkedDeque<>();

    /** Writes the mark now, or keeps it for {@link #writeKept()} when the database does not answer. */
    public void write(Runnable mark) {
        try {
            QuarkusTransaction.requiringNew().run(mark);
        } catch (RuntimeException e) {
            kept.addLast(mark);
            LOG.warnf("A delivery mark waits for the database (%d kept): %s", kept.size(), e.getMessage());
        }
    }

    /** Writes the marks kept, oldest first; throws, keeping the rest, while the database is still away. */
    public void writeKept() {
        for (Runnable mark = kept.pollFirst(); mark != null; mark = kept.pollFirst()) {
            try {
                QuarkusTransaction.requiringNew().run(mark);
            } catch (RuntimeException e) {
                kept.addFirst(mark);
                throw e;
            }
        }
    }
}

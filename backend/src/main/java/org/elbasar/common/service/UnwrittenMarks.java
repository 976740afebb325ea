package org.elbasar.common.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.jboss.logging.Logger;

/**
 * The marks a sender writes once a message has been accepted (an email by SMTP, a webhook by its
 * receiver). Each mark goes first to a file of the data directory, the moment the message is
 * accepted, then to the database in its own transaction. When the database is away the mark waits
 * and is written first thing on the next run, or after a restart from the file: a message accepted
 * is not sent again because its mark was lost with the connection or with the process. Only a kill
 * between the acceptance and the line in the file (a few microseconds) repeats a message, once its
 * lease ends, under the same id.
 * A mark is one line of text that its writer parses; writing it twice must change nothing.
 */
public final class UnwrittenMarks {

    private static final Logger LOG = Logger.getLogger(UnwrittenMarks.class);
    private static final int TRIM_AFTER = 1_000;

    private final Path file;
    private final Consumer<String> writer;
    /** Marks in the file whose database write is under way. */
    private final Set<String> inFlight = new LinkedHashSet<>();
    /** Marks in the file the database refused for now. */
    private final Deque<String> kept = new ArrayDeque<>();
    /** Marks in the file already written to the database: harmless to write again, so the file is trimmed now and then. */
    private int writtenInFile;

    /** Marks written by {@code writer} inside a transaction; those left in {@code file} by a previous run are kept. */
    public UnwrittenMarks(Path file, Consumer<String> writer) {
        this.file = file;
        this.writer = writer;
        try {
            Files.createDirectories(file.getParent());
            if (Files.exists(file)) {
                Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(line -> !line.isBlank()).forEach(kept::addLast);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the delivery marks kept in " + file, e);
        }
    }

    /** Writes the mark to the file, then to the database; keeps it for {@link #writeKept()} when the database does not answer. */
    public void write(String mark) {
        synchronized (this) {
            inFlight.add(mark);
            append(mark);
        }
        try {
            QuarkusTransaction.requiringNew().run(() -> writer.accept(mark));
            synchronized (this) {
                inFlight.remove(mark);
                writtenInFile++;
            }
        } catch (RuntimeException e) {
            synchronized (this) {
                inFlight.remove(mark);
                kept.addLast(mark);
            }
            LOG.warnf("A delivery mark waits for the database: %s", e.getMessage());
        }
    }

    /**
     * Writes, in its own transaction, a mark that may be lost: a failure's, whose message is tried
     * again when its lease ends anyway.
     */
    public static void writeIfPossible(Runnable mark) {
        try {
            QuarkusTransaction.requiringNew().run(mark);
        } catch (RuntimeException e) {
            LOG.warnf("A failed delivery will be tried again when its lease ends (the database did not answer: %s)", e.getMessage());
        }
    }

    /**
     * Writes the marks kept, oldest first, and drops the written ones from the file; throws while the
     * database is still away. Senders call it before each claim, so that a message whose mark waits is
     * never claimed again when its lease ends.
     */
    public synchronized void writeKept() {
        if (kept.isEmpty() && writtenInFile < TRIM_AFTER) {
            return;
        }
        try {
            while (!kept.isEmpty()) {
                String mark = kept.peekFirst();
                try {
                    QuarkusTransaction.requiringNew().run(() -> writer.accept(mark));
                } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
                    // a damaged line must not hold back every mark behind it, nor the sending that waits for them
                    LOG.errorf("Dropping the unreadable delivery mark \"%s\" from %s: %s", mark, file, e);
                }
                kept.removeFirst();
            }
        } finally {
            rewrite();
        }
    }

    private void append(String mark) {
        try {
            // No fsync: the page cache outlives a killed process, which is what the file is for.
            Files.writeString(file, mark + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            LOG.errorf("Cannot write the delivery mark %s to %s: a kill before the database has it would send it again", mark, file);
        }
    }

    private void rewrite() {
        List<String> unwritten = new ArrayList<>(kept);
        unwritten.addAll(inFlight);
        try {
            if (unwritten.isEmpty()) {
                Files.deleteIfExists(file);
            } else {
                // replaced at once, so that a kill meanwhile leaves the old file rather than half a new one
                Path next = file.resolveSibling(file.getFileName() + ".next");
                Files.write(next, unwritten, StandardCharsets.UTF_8);
                Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
            writtenInFile = 0;
        } catch (IOException e) {
            LOG.errorf("Cannot rewrite the delivery marks kept in %s: %s", file, e.getMessage());
        }
    }
}

package org.elbasar.common.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/** In `make run` and the browser tests, a copy of each email sent is written where a person (or a test) can read it. */
@ApplicationScoped
public class MailCopies {

    private static final Logger LOG = Logger.getLogger(MailCopies.class);

    private final Optional<Path> directory;

    public MailCopies(@ConfigProperty(name = "elbasar.mail.dump-dir") Optional<Path> directory) {
        this.directory = directory;
    }

    /** Writes &lt;name&gt;-&lt;recipient&gt;.txt ("To:", "Subject:", blank line, text) and .html. */
    public void write(String name, String recipient, String subject, String text, String html) {
        if (directory.isEmpty()) {
            return;
        }
        try {
            Files.createDirectories(directory.get());
            String file = name + "-" + recipient.replaceAll("[^A-Za-z0-9@._-]", "_");
            Files.writeString(directory.get().resolve(file + ".txt"),
                    "To: " + recipient + "\nSubject: " + subject + "\n\n" + text, StandardCharsets.UTF_8);
            Files.writeString(directory.get().resolve(file + ".html"), html, StandardCharsets.UTF_8);
            LOG.infof("Email to %s: \"%s\" (copy in %s)", recipient, subject, directory.get());
        } catch (IOException e) {
            LOG.warn("Cannot write the copy of an email", e);
        }
    }
}

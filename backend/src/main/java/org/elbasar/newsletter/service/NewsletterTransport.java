package org.elbasar.newsletter.service;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import jakarta.enterprise.context.ApplicationScoped;

/** Hands one newsletter email to the SMTP server (a seam: tests make it fail or crash). */
@ApplicationScoped
public class NewsletterTransport {

    private final Mailer mailer;

    public NewsletterTransport(Mailer mailer) {
        this.mailer = mailer;
    }

    public void send(Mail mail) {
        mailer.send(mail);
    }
}

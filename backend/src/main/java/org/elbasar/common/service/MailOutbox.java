package org.elbasar.common.service;

import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.elbasar.common.api.Messages;
import org.elbasar.common.domain.OutboxEmail;

/**
 * Renders an email (Qute templates mail/&lt;name&gt;.html and .txt, in the recipient's language) and
 * stores it in the outbox within the caller's transaction: it is sent only if that transaction commits.
 */
@ApplicationScoped
public class MailOutbox {

    private final Engine engine;
    private final Messages messages;
    private final Clock clock;
    private final String publicUrl;

    public MailOutbox(Engine engine, Messages messages, Clock clock,
            @ConfigProperty(name = "elbasar.public-url") String publicUrl) {
        this.engine = engine;
        this.messages = messages;
        this.clock = clock;
        this.publicUrl = publicUrl;
    }

    /** A message to send: template name, recipient, language, data and the subject's arguments. */
    public record Message(String template, String recipient, Locale locale, Map<String, Object> data,
            Object... subjectArguments) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void enqueue(Message message) {
        enqueue(message, Map.of());
    }

    /** With extra headers, such as List-Unsubscribe. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void enqueue(Message message, Map<String, String> headers) {
        Locale locale = Messages.supported(message.locale());
        Map<String, Object> data = new HashMap<>(message.data());
        data.put("en", Locale.ENGLISH.getLanguage().equals(locale.getLanguage()));
        data.put("publicUrl", publicUrl);
        enqueueRendered(message.recipient(), messages.get(locale, "mail." + message.template() + ".subject", message.subjectArguments()),
                render("mail/" + message.template() + ".html", data), render("mail/" + message.template() + ".txt", data), headers);
    }

    /** An email already written (the newsletter's test copy). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void enqueueRendered(String recipient, String subject, String html, String text, Map<String, String> headers) {
        OutboxEmail email = new OutboxEmail();
        email.recipient = recipient;
        email.subject = subject;
        email.htmlBody = html;
        email.textBody = text;
        email.headers = headers;
        email.createdAt = clock.instant();
        email.nextAttemptAt = email.createdAt;
        email.persist();
    }

    private String render(String name, Map<String, Object> data) {
        Template template = engine.getTemplate(name);
        if (template == null) {
            throw new IllegalStateException("Missing email template " + name);
        }
        return template.data(data).render();
    }
}

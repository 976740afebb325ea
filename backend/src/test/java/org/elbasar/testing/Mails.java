package org.elbasar.testing;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.elbasar.common.service.OutboxDispatcher;

/** Sends what the outbox holds and reads what arrived in the mock mailbox. */
@ApplicationScoped
public class Mails {

    private final OutboxDispatcher dispatcher;
    private final MockMailbox mailbox;

    public Mails(OutboxDispatcher dispatcher, MockMailbox mailbox) {
        this.dispatcher = dispatcher;
        this.mailbox = mailbox;
    }

    public List<Mail> to(String address) {
        dispatcher.dispatchPending();
        List<Mail> mails = mailbox.getMailsSentTo(address);
        return mails == null ? List.of() : mails;
    }

    /** The single-use token of the last link to {@code path} emailed to the address. */
    public String tokenFrom(String address, String path) {
        List<Mail> mails = to(address);
        Matcher matcher = Pattern.compile(Pattern.quote(path) + "([A-Za-z0-9_-]{20,})").matcher(mails.get(mails.size() - 1).getText());
        if (!matcher.find()) {
            throw new AssertionError("No link to " + path + " in the email to " + address);
        }
        return matcher.group(1);
    }
}

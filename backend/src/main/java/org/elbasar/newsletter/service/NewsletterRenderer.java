package org.elbasar.newsletter.service;

import io.quarkus.qute.Engine;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.elbasar.common.api.Messages;
import org.elbasar.newsletter.api.NewsletterViews.Rendered;
import org.elbasar.newsletter.domain.KeyFigures;
import org.elbasar.newsletter.domain.Section;

/**
 * Writes an issue as an email: a table layout with inline styles that common clients render, alt
 * texts on images, and a plain-text part. The unsubscribe address is a placeholder that the sender
 * fills for each recipient.
 */
@ApplicationScoped
public class NewsletterRenderer {

    public static final String UNSUBSCRIBE_PLACEHOLDER = "%%UNSUBSCRIBE_URL%%";

    /** What an issue says, whatever its state. */
    public record Content(YearMonth month, String editorial, KeyFigures figures, List<Piece> items) {
    }

    /** An item as it is shown. */
    public record Piece(Section section, String title, String summary, String link, String territory, String imageUrl, boolean pinned) {

        /** The summary under its bullet in the plain-text part: every line indented. */
        public String textSummary() {
            return summary.replace("\n", "\n  ");
        }
    }

    /** Items of a département inside a section. */
    public record Group(String territory, List<Piece> items) {
    }

    public record Part(String heading, List<Group> groups) {
    }

    public record Figure(String value, String label) {
    }

    private final Engine engine;
    private final Messages messages;
    private final String publicUrl;

    public NewsletterRenderer(Engine engine, Messages messages, @ConfigProperty(name = "elbasar.public-url") String publicUrl) {
        this.engine = engine;
        this.messages = messages;
        this.publicUrl = publicUrl;
    }

    /** Where anyone reads past issues and subscribes. */
    public String publicNewsletterPage() {
        return publicUrl + "/newsletter";
    }

    public String title(YearMonth month, Locale locale) {
        String name = month.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, locale) + " " + month.getYear();
        return messages.get(locale, "newsletter.title", name);
    }

    public Rendered render(Content content, Locale locale) {
        boolean en = Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
        List<Piece> highlights = content.items().stream().filter(Piece::pinned).toList();
        List<Part> parts = new ArrayList<>();
        for (Section section : Section.values()) {
            List<Piece> pieces = content.items().stream().filter(piece -> !piece.pinned() && piece.section() == section).toList();
            if (!pieces.isEmpty()) {
                parts.add(new Part(messages.get(locale, "newsletter.section." + section.name()), groups(pieces)));
            }
        }
        String title = title(content.month(), locale);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("en", en);
        data.put("title", title);
        data.put("publicUrl", publicUrl);
        data.put("paragraphs", paragraphs(content.editorial()));
        data.put("highlights", highlights);
        data.put("parts", parts);
        data.put("figuresHeading", messages.get(locale, "newsletter.figures", monthName(content.month().minusMonths(1), locale)));
        data.put("figures", figures(content.figures(), locale));
        data.put("unsubscribeUrl", UNSUBSCRIBE_PLACEHOLDER);
        String html = engine.getTemplate("newsletter/issue.html").data(data).render();
        String text = engine.getTemplate("newsletter/issue.txt").data(data).render();
        return new Rendered(title, html, text);
    }

    /** Consecutive items of the same département under one heading. */
    private static List<Group> groups(List<Piece> pieces) {
        List<Group> groups = new ArrayList<>();
        for (Piece piece : pieces) {
            Group last = groups.isEmpty() ? null : groups.get(groups.size() - 1);
            if (last != null && java.util.Objects.equals(last.territory(), piece.territory())) {
                last.items().add(piece);
            } else {
                groups.add(new Group(piece.territory(), new ArrayList<>(List.of(piece))));
            }
        }
        return groups;
    }

    /** Paragraphs are separated by blank lines. */
    private static List<String> paragraphs(String editorial) {
        return Arrays.stream(editorial.strip().split("\\R\\s*\\R")).map(String::strip).filter(p -> !p.isEmpty()).toList();
    }

    private List<Figure> figures(KeyFigures figures, Locale locale) {
        NumberFormat count = NumberFormat.getIntegerInstance(locale);
        NumberFormat euros = NumberFormat.getCurrencyInstance(locale.getLanguage().equals("en") ? Locale.UK : Locale.FRANCE);
        euros.setCurrency(java.util.Currency.getInstance("EUR"));
        euros.setMaximumFractionDigits(0);
        return List.of(
                new Figure(count.format(figures.exchanges()), messages.get(locale, "newsletter.figure.exchanges")),
                new Figure(euros.format(orZero(figures.totalEur())), messages.get(locale, "newsletter.figure.total-eur")),
                new Figure(count.format(orZero(figures.hours()).longValue()), messages.get(locale, "newsletter.figure.hours")),
                new Figure(count.format(figures.organisationsInvolved()), messages.get(locale, "newsletter.figure.organisations")),
                new Figure(count.format(figures.newMembers()), messages.get(locale, "newsletter.figure.new-members")),
                new Figure(count.format(figures.eventsHeld()), messages.get(locale, "newsletter.figure.events")));
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    private static String monthName(YearMonth month, Locale locale) {
        return month.atDay(1).format(DateTimeFormatter.ofPattern("LLLL yyyy", locale));
    }
}

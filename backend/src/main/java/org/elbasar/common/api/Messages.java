package org.elbasar.common.api;

import jakarta.enterprise.context.ApplicationScoped;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Texts shown to people (problem titles, field messages, email subjects) in French or English. */
@ApplicationScoped
public class Messages {

    public static final Locale FRENCH = Locale.FRENCH;
    private static final List<Locale> SUPPORTED = List.of(Locale.FRENCH, Locale.ENGLISH);

    public String get(Locale locale, String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle("i18n.messages", supported(locale),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return new MessageFormat(pattern, bundle.getLocale()).format(arguments);
    }

    /** The supported locale closest to the one asked for: English when asked, French otherwise. */
    public static Locale supported(Locale locale) {
        return locale != null && SUPPORTED.stream().anyMatch(l -> l.getLanguage().equals(locale.getLanguage()))
                ? Locale.forLanguageTag(locale.getLanguage())
                : FRENCH;
    }

    /** The first supported language of an Accept-Language list. */
    public static Locale preferred(List<Locale> acceptable) {
        return acceptable.stream()
                .filter(l -> SUPPORTED.stream().anyMatch(s -> s.getLanguage().equals(l.getLanguage())))
                .findFirst()
                .map(Messages::supported)
                .orElse(FRENCH);
    }
}

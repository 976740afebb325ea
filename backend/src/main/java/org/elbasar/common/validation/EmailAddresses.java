package org.elbasar.common.validation;

import java.lang.Character.UnicodeScript;
import java.net.IDN;
import java.text.Normalizer;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The one way an email address enters elBasar (docs/security.md, "Email addresses"): NFKC-normalised,
 * its domain lower-cased and in its ASCII (Punycode) form, so that addresses that display alike are
 * the same address; addresses with invisible characters or letters of several scripts are refused,
 * since they exist to look like someone else's.
 */
public final class EmailAddresses {

    /** Scripts that legitimately mix in one name (Unicode UTS #39, "highly restrictive"). */
    private static final List<Set<UnicodeScript>> MIXES = List.of(
            EnumSet.of(UnicodeScript.LATIN, UnicodeScript.HAN, UnicodeScript.HIRAGANA, UnicodeScript.KATAKANA),
            EnumSet.of(UnicodeScript.LATIN, UnicodeScript.HAN, UnicodeScript.BOPOMOFO),
            EnumSet.of(UnicodeScript.LATIN, UnicodeScript.HAN, UnicodeScript.HANGUL));

    /** Letters that draw nothing although Unicode does not class them as formatting characters. */
    private static final Set<Integer> BLANK_LETTERS = Set.of(0x034F, 0x115F, 0x1160, 0x17B4, 0x17B5, 0x2800, 0x3164, 0xFFA0);

    private EmailAddresses() {
    }

    /**
     * The address as stored: trimmed, NFKC (fullwidth letters become ASCII, composed accents), the
     * domain lower-cased and in Punycode. The local part keeps its case for display; addresses are
     * compared without case (see {@link #key}). Lenient: a malformed address comes back normalised
     * as far as it goes, for the validation to refuse.
     */
    public static String normalise(String address) {
        if (address == null) {
            return null;
        }
        String normalised = Normalizer.normalize(address.strip(), Normalizer.Form.NFKC);
        int at = normalised.lastIndexOf('@');
        if (at < 0) {
            return normalised;
        }
        return normalised.substring(0, at + 1) + asciiDomain(normalised.substring(at + 1));
    }

    /** What addresses are compared and counted by: the normalised address, without case. */
    public static String key(String address) {
        return address == null ? null : normalise(address).toLowerCase(Locale.ROOT);
    }

    /** Why a (normalised) address is refused, as a validation message key; empty when it is acceptable. */
    public static Optional<String> refusal(String address) {
        if (address.codePoints().anyMatch(EmailAddresses::invisible)) {
            return Optional.of("{elbasar.email.invisible}");
        }
        if (!oneScript(address)) {
            return Optional.of("{elbasar.email.mixed-scripts}");
        }
        return Optional.empty();
    }

    private static boolean invisible(int c) {
        return switch (Character.getType(c)) {
            case Character.FORMAT, Character.CONTROL, Character.SPACE_SEPARATOR, Character.LINE_SEPARATOR,
                    Character.PARAGRAPH_SEPARATOR, Character.PRIVATE_USE, Character.SURROGATE, Character.UNASSIGNED -> true;
            default -> BLANK_LETTERS.contains(c);
        };
    }

    /** Letters of one script, the domain read in Unicode (Punycode hides nothing from this check). */
    private static boolean oneScript(String address) {
        int at = address.lastIndexOf('@');
        String readable = at < 0 ? address : address.substring(0, at + 1) + unicodeDomain(address.substring(at + 1));
        Set<UnicodeScript> scripts = EnumSet.noneOf(UnicodeScript.class);
        readable.codePoints().mapToObj(UnicodeScript::of)
                .filter(s -> s != UnicodeScript.COMMON && s != UnicodeScript.INHERITED && s != UnicodeScript.UNKNOWN)
                .forEach(scripts::add);
        return scripts.size() <= 1 || MIXES.stream().anyMatch(mix -> mix.containsAll(scripts));
    }

    private static String asciiDomain(String domain) {
        try {
            return IDN.toASCII(domain).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException malformed) {
            return domain.toLowerCase(Locale.ROOT);
        }
    }

    private static String unicodeDomain(String domain) {
        return IDN.toUnicode(domain);
    }
}

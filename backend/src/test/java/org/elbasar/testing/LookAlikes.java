package org.elbasar.testing;

/** Email addresses that display like another one, as an impostor would write them. */
public final class LookAlikes {

    public static final String ZERO_WIDTH_SPACE = "\u200B";
    public static final String RIGHT_TO_LEFT_OVERRIDE = "\u202E";
    public static final char CYRILLIC_A = '\u0430';

    private LookAlikes() {
    }

    /** The address in fullwidth forms (ａｂｃ＠ｅｘａｍｐｌｅ．ｆｒ), which NFKC folds back to ASCII. */
    public static String fullwidth(String address) {
        StringBuilder wide = new StringBuilder();
        address.chars().forEach(c -> wide.append(c > ' ' && c <= '~' ? (char) (c + 0xFEE0) : (char) c));
        return wide.toString();
    }

    /** The address with its first Latin 'a' written as a Cyrillic 'а'. */
    public static String cyrillicA(String address) {
        int a = address.indexOf('a');
        if (a < 0) {
            throw new IllegalArgumentException("no 'a' in " + address);
        }
        return address.substring(0, a) + CYRILLIC_A + address.substring(a + 1);
    }

    /** The address with a character slipped in after its first letter. */
    public static String with(String hidden, String address) {
        return address.charAt(0) + hidden + address.substring(1);
    }
}

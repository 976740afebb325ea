package org.elbasar.common.api;

/** Versions carried in ETag / If-Match headers as "&lt;version&gt;". */
public final class ETags {

    private ETags() {
    }

    /** The version an If-Match header names, null when absent; a malformed one never matches. */
    public static Integer version(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return null;
        }
        String value = ifMatch.trim();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        value = value.replace("\"", "");
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}

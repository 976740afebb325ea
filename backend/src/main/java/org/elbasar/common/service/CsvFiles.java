package org.elbasar.common.service;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/** CSV files for spreadsheets: RFC 4180, UTF-8 with a byte order mark so that accents read right. */
public final class CsvFiles {

    private CsvFiles() {
    }

    public static byte[] write(List<String> header, List<List<Object>> rows) {
        StringBuilder out = new StringBuilder("\uFEFF");
        out.append(header.stream().map(CsvFiles::field).collect(Collectors.joining(","))).append("\r\n");
        for (List<Object> row : rows) {
            out.append(row.stream().map(CsvFiles::cell).collect(Collectors.joining(","))).append("\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof Number) {
            return value.toString();
        }
        return field(String.valueOf(value));
    }

    /**
     * A text field, quoted when needed. Text that a spreadsheet would run as a formula (written by members: names,
     * titles) is prefixed with an apostrophe.
     */
    private static String field(String value) {
        String text = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return text.matches("(?s).*[\",\r\n].*") ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}

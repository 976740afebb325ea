package org.elbasar.impact.service;

import com.github.miachm.sods.Range;
import com.github.miachm.sods.Sheet;
import com.github.miachm.sods.SpreadSheet;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.elbasar.common.api.Messages;
import org.elbasar.common.service.Caller;
import org.elbasar.common.service.CsvFiles;
import org.elbasar.impact.api.ImpactViews.ImpactSummary;
import org.elbasar.impact.api.ImpactViews.Share;
import org.elbasar.impact.service.ImpactFigures.Period;
import org.elbasar.impact.service.ImpactFigures.Scope;

/** The impact figures as files for funders: an ODS workbook with one sheet per table, or one table as CSV. */
@ApplicationScoped
public class ImpactExport {

    public static final String ODS = "application/vnd.oasis.opendocument.spreadsheet";

    public enum Format { csv, ods }

    public record File(byte[] content, String mediaType, String name) {
    }

    /** A table: its name, header and rows of strings and numbers. */
    record Table(String name, List<String> header, List<List<Object>> rows) {
    }

    private final ImpactFigures figures;
    private final Messages messages;

    public ImpactExport(ImpactFigures figures, Messages messages) {
        this.figures = figures;
        this.messages = messages;
    }

    public File export(Scope scope, Period period, Format format, String table, Caller caller) {
        ImpactSummary summary = figures.summary(scope, period, caller);
        Locale locale = caller.locale();
        List<Table> tables = List.of(summaryTable(summary, locale), monthlyTable(summary, locale),
                sharesTable("channels", "channel", summary.byChannel(), locale), sharesTable("modes", "mode", summary.byMode(), locale));
        String baseName = "elbasar-impact-" + scope.fileName() + "-" + summary.from() + "-" + summary.to();
        if (format == Format.csv) {
            Table chosen = tables.stream().filter(t -> t.name().equals(table)).findFirst().orElseThrow();
            return new File(CsvFiles.write(chosen.header(), chosen.rows()), "text/csv; charset=UTF-8", baseName + "-" + table + ".csv");
        }
        return new File(ods(tables, locale), ODS, baseName + ".ods");
    }

    private String text(Locale locale, String key) {
        return messages.get(locale, "impact.export." + key);
    }

    private Table summaryTable(ImpactSummary s, Locale locale) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of(text(locale, "scope"), s.scope().name() == null ? text(locale, "network") : s.scope().name()));
        rows.add(List.of(text(locale, "from"), s.from()));
        rows.add(List.of(text(locale, "to"), s.to()));
        rows.add(List.of(text(locale, "exchanges"), s.exchanges()));
        rows.add(List.of(text(locale, "marketEur"), s.marketEur()));
        rows.add(List.of(text(locale, "hours"), s.hours()));
        rows.add(List.of(text(locale, "nonMarketEur"), s.nonMarketEur()));
        rows.add(List.of(text(locale, "totalEur"), s.totalEur()));
        rows.add(List.of(text(locale, "organisationsInvolved"), s.organisationsInvolved()));
        rows.add(List.of(text(locale, "newPairs"), s.newPairs()));
        rows.add(List.of(text(locale, "repeatPairs"), s.repeatPairs()));
        rows.add(List.of(text(locale, "isolatedOrganisations"), s.isolatedOrganisations()));
        rows.add(List.of(text(locale, "eventsHeld"), s.events().held()));
        rows.add(List.of(text(locale, "attendance"), s.events().attendance()));
        rows.add(List.of(text(locale, "organisationsAttending"), s.events().organisations()));
        rows.add(List.of(text(locale, "exchangesBornAtEvents"), s.events().exchangesBorn()));
        return new Table("summary", List.of(text(locale, "indicator"), text(locale, "value")), rows);
    }

    private Table monthlyTable(ImpactSummary s, Locale locale) {
        List<List<Object>> rows = s.monthly().stream()
                .map(m -> List.<Object>of(m.month(), m.exchanges(), m.marketEur(), m.hours(), m.nonMarketEur())).toList();
        return new Table("monthly", List.of(text(locale, "month"), text(locale, "exchanges"), text(locale, "marketEur"),
                text(locale, "hours"), text(locale, "nonMarketEur")), rows);
    }

    private Table sharesTable(String name, String keyKind, List<Share> shares, Locale locale) {
        List<List<Object>> rows = shares.stream().map(sh -> List.<Object>of(messages.get(locale, keyKind + "." + sh.key()),
                sh.exchanges(), sh.marketEur(), sh.hours(), sh.nonMarketEur(), BigDecimal.valueOf(sh.share()))).toList();
        return new Table(name, List.of(text(locale, keyKind), text(locale, "exchanges"), text(locale, "marketEur"),
                text(locale, "hours"), text(locale, "nonMarketEur"), text(locale, "share")), rows);
    }

    private byte[] ods(List<Table> tables, Locale locale) {
        SpreadSheet workbook = new SpreadSheet();
        for (Table table : tables) {
            Sheet sheet = new Sheet(text(locale, "sheet." + table.name()), table.rows().size() + 1, table.header().size());
            Range header = sheet.getRange(0, 0, 1, table.header().size());
            header.setValues(table.header().toArray());
            header.setFontBold(true);
            for (int r = 0; r < table.rows().size(); r++) {
                List<Object> row = table.rows().get(r);
                for (int c = 0; c < row.size(); c++) {
                    Object value = row.get(c);
                    sheet.getRange(r + 1, c).setValue(value instanceof BigDecimal d ? d.doubleValue() : value instanceof Long l ? l.doubleValue() : value);
                }
            }
            workbook.appendSheet(sheet);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            workbook.save(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}

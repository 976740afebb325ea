package org.elbasar.common.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Everything the platform holds about a person or an organisation, as one JSON document (GDPR art. 15 and 20). */
@Schema(name = "DataExport", description = "Everything the platform holds about a person or an organisation")
public record DataExport(
        Instant exportedAt,
        Subject subject,
        @Schema(description = "The person's or the organisation's own record, without secrets") Map<String, Object> profile,
        @Schema(description = "Every row pointing to the subject, by table, without secrets (password and token hashes)")
        Map<String, List<Map<String, Object>>> records) {

    /** The document as a download named after its subject and day, e.g. elbasar-donnees-personnelles-2026-11-28.json. */
    public jakarta.ws.rs.core.Response asAttachment() {
        String name = "elbasar-donnees-" + ("person".equals(subject.type()) ? "personnelles" : "organisation") + "-"
                + exportedAt.atZone(java.time.ZoneOffset.UTC).toLocalDate() + ".json";
        return jakarta.ws.rs.core.Response.ok(this)
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .header("Cache-Control", "no-store")
                .build();
    }

    @Schema(name = "DataExportSubject")
    public record Subject(@Schema(enumeration = { "person", "organisation" }) String type, UUID id) {
    }
}

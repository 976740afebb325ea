package org.elbasar.common.api;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What admins read of the audit log. */
public final class AuditViews {

    private AuditViews() {
    }

    @Schema(name = "AuditActor", description = "Who acted; absent for the platform itself")
    public record Actor(UUID id, String name) {
    }

    @Schema(name = "AuditEntry", description = "A sensitive action: roles, approvals, partner credentials…")
    public record Entry(long id, Instant occurredAt, Actor actor, @Schema(examples = "partner.registered") String action,
            @Schema(examples = "partner_client") String targetType, String targetId, Map<String, Object> details) {
    }
}

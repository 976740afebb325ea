package org.elbasar.partner.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.elbasar.partner.service.PartnerSync;

/** Where a sync page starts and how long it is: the same for every list partners copy. */
public class SyncQuery {

    @QueryParam("cursor")
    @Size(max = 100)
    @Parameter(description = "The `next` of the last page")
    public String cursor;

    @QueryParam("changedSince")
    @Parameter(description = "Without a cursor: changes from this instant (all when absent)")
    public Instant changedSince;

    @QueryParam("size")
    @DefaultValue("100")
    @Min(1)
    @Max(1000)
    public int size;

    PartnerSync.From from() {
        return new PartnerSync.From(cursor, changedSince);
    }
}

package org.elbasar.hotline.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.elbasar.account.domain.Roles;
import org.elbasar.common.api.CurrentCaller;
import org.elbasar.hotline.api.HotlineViews.Suggestion;
import org.elbasar.hotline.service.Matching;

@Path("/api/v1/requests/{id}/suggestions")
@Tag(name = "Hotline")
@Produces(MediaType.APPLICATION_JSON)
public class SuggestionResource {

    private final Matching matching;
    private final CurrentCaller caller;

    public SuggestionResource(Matching matching, CurrentCaller caller) {
        this.matching = matching;
        this.caller = caller;
    }

    @GET
    @RolesAllowed(Roles.SIGNED_IN)
    @Operation(operationId = "suggestForRequest", summary = "Offers and organisations that could meet a request, best first, each with its reasons",
            description = "For animators, and for the people of the organisation that made the request. Weights: docs/matching.md.")
    public List<Suggestion> suggestForRequest(@PathParam("id") UUID id) {
        return matching.suggestionsFor(id, caller.get());
    }
}

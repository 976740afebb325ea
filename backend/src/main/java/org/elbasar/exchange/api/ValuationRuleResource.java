package org.elbasar.exchange.api;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.elbasar.account.domain.Roles;
import org.elbasar.common.api.CurrentCaller;
import org.elbasar.exchange.api.ExchangeViews.ValuationRuleInput;
import org.elbasar.exchange.api.ExchangeViews.ValuationRuleView;
import org.elbasar.exchange.service.Valuations;

@Path("/api/v1/valuation-rules")
@Tag(name = "Exchanges")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ValuationRuleResource {

    private final Valuations valuations;
    private final CurrentCaller caller;

    public ValuationRuleResource(Valuations valuations, CurrentCaller caller) {
        this.valuations = valuations;
        this.caller = caller;
    }

    @GET
    @PermitAll
    @Operation(operationId = "listValuationRules", summary = "Every valuation rule, past and current, in plain words: how non-market help is counted in euros")
    public List<ValuationRuleView> listValuationRules() {
        return valuations.rules(caller.locale());
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "addValuationRule", summary = "Add a rule for a kind of help from a date on; exchanges already declared keep their value")
    @APIResponse(responseCode = "201", description = "Added", content = @Content(schema = @Schema(implementation = ValuationRuleView.class)))
    public Response addValuationRule(@NotNull @Valid ValuationRuleInput input) {
        return Response.status(Response.Status.CREATED).entity(valuations.add(input, caller.get())).build();
    }
}

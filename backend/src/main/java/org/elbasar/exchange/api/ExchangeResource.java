package org.elbasar.exchange.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.elbasar.account.domain.Roles;
import org.elbasar.common.api.CurrentCaller;
import org.elbasar.common.api.Page;
import org.elbasar.exchange.api.ExchangeViews.AcceptInput;
import org.elbasar.exchange.api.ExchangeViews.AgreementTerms;
import org.elbasar.exchange.api.ExchangeViews.AgreementView;
import org.elbasar.exchange.api.ExchangeViews.ConfirmInput;
import org.elbasar.exchange.api.ExchangeViews.ConsentInput;
import org.elbasar.exchange.api.ExchangeViews.ExchangeDetail;
import org.elbasar.exchange.api.ExchangeViews.ExchangeInput;
import org.elbasar.exchange.api.ExchangeViews.ExchangeView;
import org.elbasar.exchange.api.ExchangeViews.ReasonInput;
import org.elbasar.exchange.api.ExchangeViews.TestimonialInput;
import org.elbasar.exchange.api.ExchangeViews.TestimonialView;
import org.elbasar.exchange.domain.ExchangeStatus;
import org.elbasar.exchange.service.Agreements;
import org.elbasar.exchange.service.Exchanges;
import org.elbasar.exchange.service.Testimonials;

@Path("/api/v1/exchanges")
@Tag(name = "Exchanges")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ExchangeResource {

    private final Exchanges exchanges;
    private final Agreements agreements;
    private final Testimonials testimonials;
    private final CurrentCaller caller;

    public ExchangeResource(Exchanges exchanges, Agreements agreements, Testimonials testimonials, CurrentCaller caller) {
        this.exchanges = exchanges;
        this.agreements = agreements;
        this.testimonials = testimonials;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({ Roles.MEMBER, Roles.ANIMATOR, Roles.ADMIN })
    @Operation(operationId = "declareExchange", summary = "Declare an exchange for one's organisation; the other party confirms or disputes it")
    @APIResponse(responseCode = "201", description = "Declared, pending", content = @Content(schema = @Schema(implementation = ExchangeView.class)))
    public Response declareExchange(@NotNull @Valid ExchangeInput input) {
        return Response.status(Response.Status.CREATED).entity(exchanges.declare(input, caller.get())).build();
    }

    @GET
    @RolesAllowed(Roles.SIGNED_IN)
    @Operation(operationId = "listExchanges", summary = "Exchanges of the caller's organisation (all of them for animators), newest first")
    public Page<ExchangeView> listExchanges(
            @QueryParam("status") ExchangeStatus status,
            @QueryParam("awaitingMe") @DefaultValue("false") @Parameter(description = "Only those waiting for the caller's organisation to confirm") boolean awaitingMe,
            @QueryParam("organisationId") @Parameter(description = "Animators: the exchanges of one organisation") UUID organisationId,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(10000) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        return exchanges.list(status, awaitingMe, organisationId, page, size, caller.get());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.SIGNED_IN)
    @Operation(operationId = "getExchange", summary = "An exchange with its history, agreement and testimonial, for its parties and animators")
    public ExchangeDetail getExchange(@PathParam("id") UUID id) {
        return exchanges.detail(id, caller.get());
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.SIGNED_IN)
    @Operation(operationId = "amendExchange", summary = "The declaring side corrects a pending or disputed exchange; it waits for confirmation again")
    public ExchangeView amendExchange(@PathParam("id") UUID id, @NotNull @Valid ExchangeInput input) {
        return exchanges.amend(id, input, caller.get());
    }

    @POST
    @Path("/{id}/confirm")
    @RolesAllowed(Roles.SIGNED_IN)
    @Operation(operationId = "confirmExchange", summary = "The other party confirms; an animator may confirm for it, saying how (e.g. by phone)")
    public ExchangeView confirmExchange(@PathParam("id") UUID id, @Valid ConfirmInput input) {
        return exchanges.confirm(id, input == null ? null : input.note(), caller.get());
    }

    @POST
    @Path("/{id}/dispute")
    @RolesAllowed(Roles.SIGNED_IN)
    @Operation(operationId = "disputeExchange", summary = "The other party disputes it, saying why")
    public ExchangeView disputeExchange(@PathParam("id") UUID id, @NotNull @Valid ReasonInput input) {
        return exchanges.dispute(id, input.reason(), caller.get());
    }

    @POST
    @Path("/{id}/cancel")
    @RolesAllowed(Roles.SIGNED_IN)
    @Operation(operationId = "cancelExchange", summary = "The declaring side withdraws an unconfirmed exchange; an animator may void a confirmed one, which leaves the figures")
    public ExchangeView cancelExchange(@PathParam("id") UUID id, @NotNull @Valid ReasonInput input) {
        return exchanges.cancel(id, input.reason(), caller.get());
    }

    @GET
    @Path("/{id}/agreement")
    @RolesAllowed(Roles.SIGNED_IN)
    @Operation(operationId = "getAgreement", summary = "The cooperation agreement of an exchange")
    public AgreementView getAgreement(@PathParam("id") UUID id) {
        return agreements.get(id, caller.get());
    }

    @PUT
    @Path("/{id}/agreement")
    @RolesAllowed(Roles.SIGNED_IN)
    @Operation(operationId = "draftAgreement", summary = "Draft or redraft the agreement from the template; any earlier acceptance is withdrawn")
    public AgreementView draftAgreement(@PathParam("id") UUID id, @NotNull @Valid AgreementTerms terms) {
        return agreements.draft(id, terms, caller.get());
    }

    @POST
    @Path("/{id}/agreement/accept")
    @RolesAllowed(Roles.SIGNED_IN)
    @Operation(operationId = "acceptAgreement", summary = "A party accepts the text it was shown; once both have, it is frozen")
    public AgreementView acceptAgreement(@PathParam("id") UUID id, @NotNull @Valid AcceptInput input) {
        return agreements.accept(id, input.sha256(), caller.get());
    }

    @PUT
    @Path("/{id}/testimonial")
    @RolesAllowed(Roles.SIGNED_IN)
    @Operation(operationId = "writeTestimonial", summary = "Write the testimonial; the writer's side agrees to publish it, the other side is asked again")
    public TestimonialView writeTestimonial(@PathParam("id") UUID id, @NotNull @Valid TestimonialInput input) {
        return testimonials.write(id, input.text(), caller.get());
    }

    @POST
    @Path("/{id}/testimonial/consent")
    @RolesAllowed(Roles.SIGNED_IN)
    @Operation(operationId = "consentToTestimonial", summary = "A party agrees, or no longer agrees, to publish the testimonial")
    public TestimonialView consentToTestimonial(@PathParam("id") UUID id, @NotNull @Valid ConsentInput input) {
        return testimonials.consent(id, input.publish(), caller.get());
    }
}

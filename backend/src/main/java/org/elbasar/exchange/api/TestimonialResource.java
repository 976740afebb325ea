package org.elbasar.exchange.api;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.elbasar.common.api.Page;
import org.elbasar.exchange.api.ExchangeViews.PublishedTestimonial;
import org.elbasar.exchange.service.Testimonials;

@Path("/api/v1/testimonials")
@Tag(name = "Exchanges")
@Produces(MediaType.APPLICATION_JSON)
public class TestimonialResource {

    private final Testimonials testimonials;

    public TestimonialResource(Testimonials testimonials) {
        this.testimonials = testimonials;
    }

    @GET
    @PermitAll
    @Operation(operationId = "listTestimonials", summary = "Testimonials both parties agreed to publish, newest first")
    public Page<PublishedTestimonial> listTestimonials(
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(10000) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        return testimonials.published(page, size);
    }
}

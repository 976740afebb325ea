package org.elbasar.event.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.elbasar.account.domain.Roles;
import org.elbasar.common.api.CurrentCaller;
import org.elbasar.event.api.EventViews.RegistrationView;
import org.elbasar.event.service.Registrations;

/** A person cancels their own registration. */
@Path("/api/v1/registrations")
@Tag(name = "Events")
@Produces(MediaType.APPLICATION_JSON)
public class RegistrationResource {

    private final Registrations registrations;
    private final CurrentCaller caller;

    public RegistrationResource(Registrations registrations, CurrentCaller caller) {
        this.registrations = registrations;
        this.caller = caller;
    }

    @POST
    @Path("/{id}/cancel")
    @RolesAllowed(Roles.SIGNED_IN)
    @Operation(operationId = "cancelRegistration", summary = "The registered person gives up their place; the first person waiting gets it and is told by email")
    public RegistrationView cancelRegistration(@PathParam("id") UUID id) {
        return registrations.cancel(id, caller.get());
    }
}

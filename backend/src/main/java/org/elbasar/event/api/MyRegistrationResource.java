package org.elbasar.event.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.elbasar.account.domain.Roles;
import org.elbasar.common.api.CurrentCaller;
import org.elbasar.event.api.EventViews.RegistrationView;
import org.elbasar.event.service.Registrations;

/** The caller's own registrations (a path of its own: /api/v1/me belongs to the account). */
@Path("/api/v1/me/registrations")
@Tag(name = "Events")
@Produces(MediaType.APPLICATION_JSON)
public class MyRegistrationResource {

    private final Registrations registrations;
    private final CurrentCaller caller;

    public MyRegistrationResource(Registrations registrations, CurrentCaller caller) {
        this.registrations = registrations;
        this.caller = caller;
    }

    @GET
    @RolesAllowed(Roles.SIGNED_IN)
    @Operation(operationId = "listMyRegistrations", summary = "The caller's registrations: upcoming events first, then past ones")
    public List<RegistrationView> listMyRegistrations() {
        return registrations.mine(caller.get());
    }
}

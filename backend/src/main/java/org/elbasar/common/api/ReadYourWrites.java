package org.elbasar.common.api;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import java.util.Set;
import org.elbasar.common.service.Caller;
import org.elbasar.common.service.ReplicaReads;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * After each successful write of a signed-in person, notes how far the primary's WAL went, so that
 * their next reads wait for the read replica to have replayed it (or go to the primary meanwhile).
 */
public class ReadYourWrites {

    private static final Set<String> READS = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    private final ReplicaReads reads;
    private final CurrentCaller caller;

    public ReadYourWrites(ReplicaReads reads, CurrentCaller caller) {
        this.reads = reads;
        this.caller = caller;
    }

    @ServerResponseFilter
    public void noteWrite(ContainerRequestContext request, ContainerResponseContext response) {
        if (!reads.configured() || READS.contains(request.getMethod()) || response.getStatus() >= 400) {
            return;
        }
        Caller writer = caller.get();
        if (writer.signedIn()) {
            reads.wrote(writer.personId());
        }
    }
}

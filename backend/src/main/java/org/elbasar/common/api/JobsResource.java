package org.elbasar.common.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.elbasar.account.domain.Roles;
import org.elbasar.common.service.PeriodicJobs;

/** Admins see the periodic jobs (last run, next run) and run one by hand. */
@Path("/api/v1/admin/jobs")
@Tag(name = "Jobs")
@Produces(MediaType.APPLICATION_JSON)
public class JobsResource {

    private final PeriodicJobs jobs;
    private final CurrentCaller caller;
    private final Messages messages;

    public JobsResource(PeriodicJobs jobs, CurrentCaller caller, Messages messages) {
        this.jobs = jobs;
        this.caller = caller;
        this.messages = messages;
    }

    @GET
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "listJobs", summary = "The periodic jobs, by name: schedule, next run, last run")
    public List<JobViews.Job> listJobs() {
        return jobs.list().stream().map(this::view).toList();
    }

    @POST
    @Path("{name}/runs")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "runJob", summary = "Runs the job once now, on one instance of the cluster")
    @APIResponse(responseCode = "202", description = "The run is on its way; it appears as the job's last run once done")
    @APIResponse(responseCode = "404", description = "No periodic job of that name")
    public Response runJob(@PathParam("name") @Pattern(regexp = "[a-z0-9-]{1,100}") String name) {
        jobs.runNow(name);
        return Response.accepted().build();
    }

    private JobViews.Job view(PeriodicJobs.Job job) {
        PeriodicJobs.Run run = job.lastRun();
        return new JobViews.Job(job.name(), messages.get(caller.get().locale(), "job." + job.name()),
                new JobViews.Schedule(job.cron(), job.timeZone(), job.every() == null ? null : job.every().toString()),
                job.nextRun(),
                run == null ? null : new JobViews.Run(run.startedAt(), run.duration().toMillis(), run.outcome(), run.instance(),
                        run.error()));
    }
}

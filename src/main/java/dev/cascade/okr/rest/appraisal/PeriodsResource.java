package dev.cascade.okr.rest.appraisal;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import dev.cascade.okr.rest.http.RestHost;
import dev.cascade.okr.rest.http.RestResource;
import dev.cascade.okr.service.appraisal.PeriodClosing;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * {@code /rest/cascade/1.0/periods/{period}/close}: an administrator closes a period ({@code 2026}, {@code 2026-H1},
 * {@code 2026-Q1}, {@code 2026-03}) and with it every goal of the period and its sub-periods, in one request. No body;
 * {@code ?carryOverTo=2027} first carries the period's unfinished goals into drafts of that period. Licensed users at
 * the door; {@link PeriodClosing} allows application administrators only.
 */
@Path("/periods")
@LicensedOnly
@Produces(MediaType.APPLICATION_JSON)
public class PeriodsResource extends RestResource {

    private final PeriodClosing closing;

    /** Created by the REST module with the plugin's beans and host services. */
    @Inject
    public PeriodsResource(PeriodClosing closing, RestHost host) {
        super(host);
        this.closing = closing;
    }

    /**
     * Closes the period's goals: 200 with the ids closed now and how many were closed before (idempotent), and with
     * {@code carryOverTo} what was carried into that period first.
     */
    @POST
    @Path("/{period}/close")
    public Response close(@PathParam("period") String period, @QueryParam("carryOverTo") String carryOverTo) {
        return ok(closing.close(caller(), period, carryOverTo), PeriodClosedDto::of);
    }
}

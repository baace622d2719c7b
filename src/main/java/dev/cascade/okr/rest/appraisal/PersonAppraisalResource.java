package dev.cascade.okr.rest.appraisal;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import dev.cascade.okr.rest.http.RestHost;
import dev.cascade.okr.rest.http.RestResource;
import dev.cascade.okr.service.appraisal.AppraisalSummaryService;
import dev.cascade.okr.service.appraisal.AppraisalSummaryService.PersonSummary;
import dev.cascade.okr.service.kernel.Outcome;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * {@code /rest/cascade/1.0/people/{userKey}/appraisal?period=}: a person's composite over their goals of a period,
 * with its explanation. Read by the person, their managers and app administrators (404 {@code people.not-found} for
 * everybody else and for unknown users).
 */
@Path("/people/{userKey}/appraisal")
@LicensedOnly
@Produces(MediaType.APPLICATION_JSON)
public class PersonAppraisalResource extends RestResource {

    private final AppraisalSummaryService summaries;

    /** Created by the REST module with the plugin's beans and host services. */
    @Inject
    public PersonAppraisalResource(AppraisalSummaryService summaries, RestHost host) {
        super(host);
        this.summaries = summaries;
    }

    /** The person's composite for {@code ?period=2026} (also halves, quarters and months). */
    @GET
    public Response get(@PathParam("userKey") String userKey, @QueryParam("period") String period) {
        Outcome<PersonSummary> found = summaries.person(caller(), userKey, period);
        return ok(found, summary -> PersonAppraisalDto.of(summary.person().key(),
                summary.period(), summary.appraisal(), i18n));
    }
}

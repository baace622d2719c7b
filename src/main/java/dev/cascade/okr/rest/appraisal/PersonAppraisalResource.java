package dev.cascade.okr.rest.appraisal;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import dev.cascade.okr.rest.http.RestHost;
import dev.cascade.okr.rest.http.RestResource;
import dev.cascade.okr.service.appraisal.AppraisalPageService;
import dev.cascade.okr.service.appraisal.AppraisalSummaryService;
import dev.cascade.okr.service.appraisal.AppraisalSummaryService.PersonSummary;
import dev.cascade.okr.service.kernel.Outcome;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * {@code /rest/cascade/1.0/people/{userKey}/appraisal?period=}: a person's composite over their goals of a period,
 * with its explanation. Read by the person, their managers and app administrators (404 {@code people.not-found} for
 * everybody else and for unknown users). {@code POST …/appraisal/start {period}} starts the appraisal of each of the
 * person's goals of the period that has none yet (a manager of the person or an app administrator).
 */
@Path("/people/{userKey}/appraisal")
@LicensedOnly
@Produces(MediaType.APPLICATION_JSON)
public class PersonAppraisalResource extends RestResource {

    private final AppraisalSummaryService summaries;
    private final AppraisalPageService pages;

    /** Created by the REST module with the plugin's beans and host services. */
    @Inject
    public PersonAppraisalResource(AppraisalSummaryService summaries, AppraisalPageService pages, RestHost host) {
        super(host);
        this.summaries = summaries;
        this.pages = pages;
    }

    /** The person's composite for {@code ?period=2026} (also halves, quarters and months). */
    @GET
    public Response get(@PathParam("userKey") String userKey, @QueryParam("period") String period) {
        Outcome<PersonSummary> found = summaries.person(caller(), userKey, period);
        return ok(found, summary -> PersonAppraisalDto.of(summary.person().key(),
                summary.period(), summary.appraisal(), i18n));
    }

    /** Starts the appraisals of the person's goals of {@code {period}} that have none: 200 with those started. */
    @POST
    @Path("/start")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response startAll(@PathParam("userKey") String userKey, String body) {
        return withBody(body, PersonAppraisalStartDto.class, dto -> json(Response.Status.OK,
                pages.startAll(caller(), userKey, dto.period()), started -> started.stream()
                        .map(AppraisalDto.of(i18n)).toList()));
    }
}

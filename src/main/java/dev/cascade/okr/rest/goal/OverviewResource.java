package dev.cascade.okr.rest.goal;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import dev.cascade.okr.core.validation.Violation;
import dev.cascade.okr.core.validation.ViolationCode;
import dev.cascade.okr.rest.http.RestHost;
import dev.cascade.okr.rest.http.RestResource;
import dev.cascade.okr.service.goal.OverviewService;
import dev.cascade.okr.service.goal.OverviewService.OverviewRequest;
import dev.cascade.okr.service.kernel.Inputs;
import dev.cascade.okr.service.kernel.Outcome;
import dev.cascade.okr.service.kernel.Outcome.Failure;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * {@code /rest/cascade/1.0/overview?period=2026&limit=10&after=}: the organisation's overview of a period — every goal
 * of it the caller may see, nested as the cascade, with rolled-up progress and each key result's latest check-in —
 * paged by whole root subtrees and by key ({@code after} = the answer's {@code next}), streamed as it is read.
 */
@Path("/overview")
@LicensedOnly
@Produces(MediaType.APPLICATION_JSON)
public class OverviewResource extends RestResource {

    private final OverviewService overviews;

    /** Created by the REST module with the plugin's beans and host services. */
    @Inject
    public OverviewResource(OverviewService overviews, RestHost host) {
        super(host);
        this.overviews = overviews;
    }

    /** One page of the overview; 400 for a parameter given twice, a bad period, limit or key; 401 anonymous. */
    @GET
    public Response overview(@QueryParam("period") String period, @QueryParam("limit") String limit,
            @QueryParam("after") String after, @Context UriInfo uri) {
        return repeatedParameter(uri).orElseGet(() -> {
            Integer size = limit == null ? null : limit.matches("-?\\d{1,9}") ? Integer.valueOf(limit) : -1;
            Long key = after == null ? null : after.matches("\\d{1,18}") ? Long.valueOf(after) : -1L;
            if (key != null && key < 0) {
                return failure(Outcome.failure(Failure.INVALID, Violation.of(ViolationCode.PAGING_AFTER_INVALID,
                        "after", Inputs.shorten(after))));
            }
            return then(overviews.overview(caller(), new OverviewRequest(period, size, key)),
                    page -> Response.ok(OverviewWriter.of(page), MediaType.APPLICATION_JSON_TYPE).build());
        });
    }
}

package dev.cascade.okr.rest.goal;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import dev.cascade.okr.core.model.KeyResultId;
import dev.cascade.okr.core.validation.ViolationCode;
import dev.cascade.okr.rest.http.RestHost;
import dev.cascade.okr.rest.http.RestResource;
import dev.cascade.okr.rest.tracking.TrackingResource;
import dev.cascade.okr.service.goal.KeyResultIssuesService;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * {@code GET /rest/cascade/1.0/key-results/{id}/issues?limit=}: the issues behind an issue-driven key result that the
 * caller may browse, per link (default 100 per link, at most 1,000). Shares its root path with
 * {@link KeyResultsResource} and {@link TrackingResource}; the REST stack merges them.
 */
@Path("/key-results/{id}/issues")
@LicensedOnly
@Produces(MediaType.APPLICATION_JSON)
public class KeyResultIssuesResource extends RestResource {

    private final KeyResultIssuesService service;

    /** Created by the REST module with the plugin's beans and host services. */
    @Inject
    public KeyResultIssuesResource(KeyResultIssuesService service, RestHost host) {
        super(host);
        this.service = service;
    }

    /** The drill-down; 401, 404 (also for an id that is not a number), 400 for a bad limit or a non-issue measure. */
    @GET
    public Response issues(@PathParam("id") String id, @QueryParam("limit") String limit) {
        return withId(id, KeyResultId::new,
                keyResult -> ok(service.issues(caller(), keyResult, queryNumber(limit)), KeyResultIssuesDto::of),
                () -> unknownId(ViolationCode.KEY_RESULT_NOT_FOUND, "id", shown(id)));
    }
}

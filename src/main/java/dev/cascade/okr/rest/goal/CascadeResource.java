package dev.cascade.okr.rest.goal;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import dev.cascade.okr.rest.http.RestHost;
import dev.cascade.okr.rest.http.RestResource;
import dev.cascade.okr.service.goal.CascadeService;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * {@code /rest/cascade/1.0/cascade?project=CASC&period=2026}: a project's cascade for a period as a list of root
 * trees, each node shaped as in {@code GET /goals/{id}/tree}. A project that does not exist and one the caller may
 * not browse both answer 400 {@code project.unknown} at {@code project}.
 */
@Path("/cascade")
@LicensedOnly
@Produces(MediaType.APPLICATION_JSON)
public class CascadeResource extends RestResource {

    private final CascadeService cascades;

    /** Created by the REST module with the plugin's beans and host services. */
    @Inject
    public CascadeResource(CascadeService cascades, RestHost host) {
        super(host);
        this.cascades = cascades;
    }

    /** The root trees of the project's cascade in the period. */
    @GET
    public Response cascade(@QueryParam("project") String project, @QueryParam("period") String period) {
        return json(Response.Status.OK, cascades.cascade(caller(), project, period),
                found -> found.stream().map(GoalTreeDto::of).toList());
    }
}

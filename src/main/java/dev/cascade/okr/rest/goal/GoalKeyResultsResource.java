package dev.cascade.okr.rest.goal;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import dev.cascade.okr.core.model.ObjectiveId;
import dev.cascade.okr.core.validation.ViolationCode;
import dev.cascade.okr.rest.http.RestHost;
import dev.cascade.okr.rest.http.RestResource;
import dev.cascade.okr.service.goal.KeyResultService;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * {@code /rest/cascade/1.0/goals/{id}/key-results}: {@code POST} adds a key result to a goal, by whoever may change
 * the goal ({@link KeyResultService} decides); a goal the caller may not see answers 404, exactly like a missing one.
 * Reading, changing and deleting a key result is {@link KeyResultsResource}'s, under {@code /key-results}.
 */
@Path("/goals/{id}/key-results")
@LicensedOnly
@Produces(MediaType.APPLICATION_JSON)
public class GoalKeyResultsResource extends RestResource {

    private final KeyResultService keyResults;
    private final PathId<ObjectiveId> goalIds = pathId(ObjectiveId::new,
            id -> notFound(ViolationCode.OBJECTIVE_NOT_FOUND, "id", shown(id)));

    /** Created by the REST module with the plugin's beans and host services. */
    @Inject
    public GoalKeyResultsResource(KeyResultService keyResults, RestHost host) {
        super(host);
        this.keyResults = keyResults;
    }

    /** Adds a key result: {@code {"title":..,"weight":..,"measure":{..}}}; 201 with the key result and its version. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addKeyResult(@PathParam("id") String id, String body) {
        return goalIds.withBody(id, body, GoalNewKeyResultDto.class, (goal, keyResult) -> json(Response.Status.CREATED,
                keyResults.addKeyResult(caller(), goal, keyResult.toInput()), GoalKeyResultDto::of));
    }
}

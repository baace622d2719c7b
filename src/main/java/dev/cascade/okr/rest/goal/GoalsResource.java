package dev.cascade.okr.rest.goal;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import dev.cascade.okr.core.model.ObjectiveId;
import dev.cascade.okr.core.validation.ViolationCode;
import dev.cascade.okr.rest.http.KeyPageDto;
import dev.cascade.okr.rest.http.PageDto;
import dev.cascade.okr.rest.http.RestHost;
import dev.cascade.okr.rest.http.RestResource;
import dev.cascade.okr.rest.http.RestResponses;
import dev.cascade.okr.service.goal.AlignmentService;
import dev.cascade.okr.service.goal.CascadeService;
import dev.cascade.okr.service.goal.GoalService;
import dev.cascade.okr.service.goal.GoalStateService;
import dev.cascade.okr.service.goal.KeyResultService;
import dev.cascade.okr.service.kernel.Outcome;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * {@code /rest/cascade/1.0/goals}: the full goal model — create, list with filters and paging, read, update, delete
 * and lifecycle moves, and adding a key result to a goal ({@code POST /goals/{id}/key-results}; reading, changing and
 * deleting one is {@link KeyResultsResource}'s). Licensed users only at the door; {@link GoalService} decides who may
 * see and change each goal. A goal the caller may not see answers 404, exactly like a missing one.
 */
@Path("/goals")
@LicensedOnly
@Produces(MediaType.APPLICATION_JSON)
public class GoalsResource extends RestResource {

    private final GoalService goals;
    private final GoalStateService state;
    private final AlignmentService alignments;
    private final CascadeService cascades;
    private final KeyResultService keyResults;
    private final PathId<ObjectiveId> goalIds = pathId(ObjectiveId::new,
            id -> notFound(ViolationCode.OBJECTIVE_NOT_FOUND, "id", shown(id)));
    private final PathId<ObjectiveId> parentIds = pathId(ObjectiveId::new,
            id -> notFound(ViolationCode.ALIGNMENT_NOT_FOUND, "parentId", shown(id)));

    /** Created by the REST module with the plugin's beans and host services. */
    @Inject
    public GoalsResource(GoalService goals, GoalStateService state,
            AlignmentService alignments, CascadeService cascades, KeyResultService keyResults, RestHost host) {
        super(host);
        this.goals = goals;
        this.state = state;
        this.alignments = alignments;
        this.cascades = cascades;
        this.keyResults = keyResults;
    }

    /** Creates a draft goal with its key results: 201 with the goal and its warnings. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(String body) {
        return withBody(body, NewGoalDto.class,
                dto -> json(Response.Status.CREATED, goals.create(caller(), dto.toInput()), this::saved));
    }

    /**
     * One page of the goals the caller may see: {@code ?period=&level=&project=&owner=&status=&offset=&limit=}, or by
     * key with {@code after=} (0 for the first page, then the answer's {@code next}) instead of {@code offset}.
     */
    @GET
    public Response list(@BeanParam GoalListQuery query) {
        return then(query.filter(), filter -> query.byKey()
                ? ok(goals.findAfter(caller(), filter), page -> KeyPageDto.of(page, GoalDto::of))
                : ok(goals.find(caller(), filter), page -> PageDto.of(page, GoalDto::of)));
    }

    /** One goal. */
    @GET
    @Path("/{id}")
    public Response get(@PathParam("id") String id) {
        return goalIds.with(id, goal -> ok(goals.goal(caller(), goal), GoalDto::of));
    }

    /** The cascade below a goal, {@code depth} alignment levels deep (default 10, at most 50). */
    @GET
    @Path("/{id}/tree")
    public Response tree(@PathParam("id") String id, @QueryParam("depth") String depth) {
        return goalIds.with(id, goal -> ok(cascades.tree(caller(), goal, queryNumber(depth)), GoalTreeDto::of));
    }

    /** Replaces the goal's own fields; 409 with {@code current} when the version is stale. */
    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response update(@PathParam("id") String id, String body) {
        return goalIds.withBody(id, body, GoalUpdateDto.class, (goal, update) -> ok(
                goals.update(caller(), goal, update.version(), update.toInput()), this::saved));
    }

    /** Deletes the goal, its key results and alignments: {@code ?version=}; 204. */
    @DELETE
    @Path("/{id}")
    public Response delete(@PathParam("id") String id, @QueryParam("version") String version) {
        return goalIds.with(id, goal -> withVersionParameter(version,
                expected -> noContent(goals.delete(caller(), goal, expected), GoalDto::of)));
    }

    /** Moves the goal through its lifecycle: {@code {"to":"confirmed","version":3}}. */
    @POST
    @Path("/{id}/lifecycle")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response lifecycle(@PathParam("id") String id, String body) {
        return goalIds.withBody(id, body, GoalLifecycleDto.class, (goal, move) -> ok(
                goals.moveTo(caller(), goal, move.version(), move.to()), this::saved));
    }

    /**
     * Reopens a closed goal (application administrators only): {@code {"reason":"..","version":4}}; 200 with the goal,
     * active again, its reopening in {@code reopened}.
     */
    @POST
    @Path("/{id}/reopen")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response reopen(@PathParam("id") String id, String body) {
        return goalIds.withBody(id, body, GoalReopenDto.class, (goal, reopen) -> ok(
                state.reopen(caller(), goal, reopen.version(), reopen.reason()), GoalDto::of));
    }

    /** Aligns the goal to a parent: {@code {"parentId":7,"contribution":50}}; 201 with the alignment. */
    @POST
    @Path("/{id}/alignments")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response align(@PathParam("id") String id, String body) {
        return goalIds.withBody(id, body, AlignmentNewDto.class, (goal, alignment) -> json(Response.Status.CREATED,
                alignments.align(caller(), goal, alignment.parentId(), alignment.contribution()), AlignmentDto::of));
    }

    /**
     * Changes the contribution of the goal's alignment to a parent: {@code {"contribution":40,"version":1}}; 200 with
     * the alignment and its new version, 404 when not aligned, 409 with {@code current} when stale.
     */
    @PUT
    @Path("/{id}/alignments/{parentId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response changeContribution(@PathParam("id") String id, @PathParam("parentId") String parentId,
            String body) {
        return goalIds.with(id, goal -> parentIds.with(parentId, parent -> withBody(body, AlignmentChangeDto.class,
                change -> ok(alignments.changeContribution(caller(), goal, parent, change.version(),
                        change.contribution()), AlignmentDto::of))));
    }

    /** Removes the goal's alignment to a parent; 204, or 404 when it is not aligned to it. */
    @DELETE
    @Path("/{id}/alignments/{parentId}")
    public Response unalign(@PathParam("id") String id, @PathParam("parentId") String parentId) {
        return goalIds.with(id, goal -> parentIds.with(parentId, parent -> {
            Outcome<ObjectiveId> removed = alignments.unalign(caller(), goal, parent);
            return removed.isSuccess() ? Response.noContent().build() : failure(removed);
        }));
    }

    private GoalDto saved(GoalService.Saved saved) {
        return GoalDto.of(saved.goal(), RestResponses.errors(saved.warnings(), i18n));
    }

    /** Adds a key result: {@code {"title":..,"weight":..,"measure":{..}}}; 201 with the key result and its version. */
    @POST
    @Path("/{id}/key-results")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addKeyResult(@PathParam("id") String id, String body) {
        return goalIds.withBody(id, body, GoalNewKeyResultDto.class, (goal, keyResult) -> json(Response.Status.CREATED,
                keyResults.addKeyResult(caller(), goal, keyResult.toInput()), GoalKeyResultDto::of));
    }
}

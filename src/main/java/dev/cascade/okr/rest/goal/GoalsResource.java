package dev.cascade.okr.rest.goal;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.user.UserManager;
import dev.cascade.okr.core.model.Alignment;
import dev.cascade.okr.core.model.ObjectiveId;
import dev.cascade.okr.core.port.GoalStore.StoredKeyResult;
import dev.cascade.okr.core.port.GoalStore.StoredObjective;
import dev.cascade.okr.core.port.Versioned;
import dev.cascade.okr.core.validation.Violation;
import dev.cascade.okr.core.validation.ViolationCode;
import dev.cascade.okr.rest.http.Callers;
import dev.cascade.okr.rest.http.JsonBodies;
import dev.cascade.okr.rest.http.ListParameters;
import dev.cascade.okr.rest.http.RestResponses;
import dev.cascade.okr.service.goal.GoalFilter;
import dev.cascade.okr.service.goal.GoalService;
import dev.cascade.okr.service.goal.GoalStateService;
import dev.cascade.okr.service.kernel.Caller;
import dev.cascade.okr.service.kernel.GoalTree;
import dev.cascade.okr.service.kernel.Outcome;
import dev.cascade.okr.service.kernel.Outcome.Failure;
import java.util.Optional;
import java.util.function.BiFunction;
import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

/**
 * {@code /rest/cascade/1.0/goals}: the full goal model — create, list with filters and paging, read, update, delete
 * and lifecycle moves. Licensed users only at the door; {@link GoalService} decides who may see and change each goal.
 * A goal the caller may not see answers 404, exactly like a missing one.
 */
@Path("/goals")
@LicensedOnly
@Produces(MediaType.APPLICATION_JSON)
public class GoalsResource {

    private final GoalService goals;
    private final GoalStateService state;
    private final UserManager users;
    private final I18nResolver i18n;

    /** Created by the REST module with the plugin's beans and host services. */
    @Inject
    public GoalsResource(GoalService goals, GoalStateService state, @ComponentImport UserManager users,
            @ComponentImport I18nResolver i18n) {
        this.goals = goals;
        this.state = state;
        this.users = users;
        this.i18n = i18n;
    }

    /** Creates a draft goal with its key results: 201 with the goal and its warnings. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(String body) {
        Outcome<NewGoalDto> parsed = JsonBodies.read(body, NewGoalDto.class);
        if (!parsed.isSuccess()) {
            return RestResponses.failure(parsed, i18n);
        }
        Outcome<GoalService.Saved> created = goals.create(caller(), parsed.value().toInput());
        return created.isSuccess() ? RestResponses.json(Response.Status.CREATED, saved(created.value()))
                : RestResponses.failure(created, i18n);
    }

    /** One page of the goals the caller may see: {@code ?period=&level=&project=&owner=&status=&offset=&limit=}. */
    @GET
    public Response list(@QueryParam("period") String period, @QueryParam("level") String level,
            @QueryParam("project") String project, @QueryParam("owner") String owner,
            @QueryParam("status") String status, @QueryParam("offset") String offset,
            @QueryParam("limit") String limit) {
        Outcome<GoalFilter> filter = ListParameters.goalFilter(period, level, project, owner, status,
                offset, limit);
        if (!filter.isSuccess()) {
            return RestResponses.failure(filter, i18n);
        }
        return RestResponses.ok(goals.find(caller(), filter.value()), i18n, page -> new GoalPageDto(
                page.items().stream().map(GoalDto::of).toList(), page.offset(), page.limit(), page.total()));
    }

    /** One goal. */
    @GET
    @Path("/{id}")
    public Response get(@PathParam("id") String id) {
        ObjectiveId goal = idOf(id);
        if (goal == null) {
            return notFound(id);
        }
        Outcome<StoredObjective> found = goals.goal(caller(), goal);
        return RestResponses.ok(found, i18n, GoalDto::of);
    }

    /** The cascade below a goal, {@code depth} alignment levels deep (default 10, at most 50). */
    @GET
    @Path("/{id}/tree")
    public Response tree(@PathParam("id") String id, @QueryParam("depth") String depth) {
        ObjectiveId goal = idOf(id);
        if (goal == null) {
            return notFound(id);
        }
        Integer levels;
        try {
            levels = depth == null ? null : Integer.valueOf(depth.trim());
        } catch (NumberFormatException e) {
            levels = -1;
        }
        Outcome<GoalTree> found = goals.tree(caller(), goal, levels);
        return RestResponses.ok(found, i18n, GoalTreeDto::of);
    }

    /** Replaces the goal's own fields; 409 with {@code current} when the version is stale. */
    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response update(@PathParam("id") String id, String body) {
        return withBody(id, body, GoalUpdateDto.class, (goal, update) -> RestResponses.ok(
                goals.update(caller(), goal, update.version(), update.toInput()), i18n, this::saved));
    }

    /** Deletes the goal, its key results and alignments: {@code ?version=}; 204. */
    @DELETE
    @Path("/{id}")
    public Response delete(@PathParam("id") String id, @QueryParam("version") String version) {
        ObjectiveId goal = idOf(id);
        if (goal == null) {
            return notFound(id);
        }
        Outcome<Optional<Long>> expected = RestResponses.versionParameter(version);
        if (!expected.isSuccess()) {
            return RestResponses.failure(expected, i18n);
        }
        Outcome<StoredObjective> deleted = goals.delete(caller(), goal, expected.value().orElse(null));
        return deleted.isSuccess() ? Response.noContent().build()
                : RestResponses.failure(deleted, i18n, GoalDto::of);
    }

    /** Moves the goal through its lifecycle: {@code {"to":"confirmed","version":3}}. */
    @POST
    @Path("/{id}/lifecycle")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response lifecycle(@PathParam("id") String id, String body) {
        return withBody(id, body, GoalLifecycleDto.class, (goal, move) -> RestResponses.ok(
                goals.moveTo(caller(), goal, move.version(), move.to()), i18n, this::saved));
    }

    /**
     * Reopens a closed goal (application administrators only): {@code {"reason":"..","version":4}}; 200 with the goal,
     * active again, its reopening in {@code reopened}.
     */
    @POST
    @Path("/{id}/reopen")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response reopen(@PathParam("id") String id, String body) {
        return withBody(id, body, GoalReopenDto.class, (goal, reopen) -> RestResponses.ok(
                state.reopen(caller(), goal, reopen.version(), reopen.reason()), i18n, GoalDto::of));
    }

    /** Adds a key result: {@code {"title":..,"weight":..,"measure":{..}}}; 201 with the key result and its version. */
    @POST
    @Path("/{id}/key-results")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addKeyResult(@PathParam("id") String id, String body) {
        return withBody(id, body, GoalNewKeyResultDto.class,
                (goal, keyResult) -> created(goals.addKeyResult(caller(), goal, keyResult.toInput())));
    }

    private Response created(Outcome<StoredKeyResult> added) {
        return added.isSuccess() ? RestResponses.json(Response.Status.CREATED, GoalKeyResultDto.of(added.value()))
                : RestResponses.failure(added, i18n);
    }

    /** Aligns the goal to a parent: {@code {"parentId":7,"contribution":50}}; 201 with the alignment. */
    @POST
    @Path("/{id}/alignments")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response align(@PathParam("id") String id, String body) {
        return withBody(id, body, AlignmentNewDto.class,
                (goal, alignment) -> aligned(goals.align(caller(), goal, alignment.parentId(),
                        alignment.contribution())));
    }

    private Response aligned(Outcome<Versioned<Alignment>> aligned) {
        return aligned.isSuccess() ? RestResponses.json(Response.Status.CREATED, AlignmentDto.of(aligned.value()))
                : RestResponses.failure(aligned, i18n);
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
        return withParent(id, parentId, (goal, parent) -> RestResponses.withBody(body, AlignmentChangeDto.class,
                i18n, change -> RestResponses.ok(goals.changeContribution(caller(), goal, parent, change.version(),
                        change.contribution()), i18n, AlignmentDto::of)));
    }

    /** Removes the goal's alignment to a parent; 204, or 404 when it is not aligned to it. */
    @DELETE
    @Path("/{id}/alignments/{parentId}")
    public Response unalign(@PathParam("id") String id, @PathParam("parentId") String parentId) {
        return withParent(id, parentId, (goal, parent) -> {
            Outcome<ObjectiveId> removed = goals.unalign(caller(), goal, parent);
            return removed.isSuccess() ? Response.noContent().build() : RestResponses.failure(removed, i18n);
        });
    }

    /** The goal's id (else 404 {@code objective.not-found}), then the body (else 400), answered by {@code answer}. */
    private <T> Response withBody(String id, String body, Class<T> type,
            BiFunction<ObjectiveId, T, Response> answer) {
        ObjectiveId goal = idOf(id);
        if (goal == null) {
            return notFound(id);
        }
        return RestResponses.withBody(body, type, i18n, parsed -> answer.apply(goal, parsed));
    }

    /** The goal's id (else 404), then the parent's (else 404 {@code alignment.not-found}), then {@code answer}. */
    private Response withParent(String id, String parentId, BiFunction<ObjectiveId, ObjectiveId, Response> answer) {
        ObjectiveId goal = idOf(id);
        if (goal == null) {
            return notFound(id);
        }
        ObjectiveId parent = idOf(parentId);
        if (parent == null) {
            return alignmentNotFound(parentId);
        }
        return answer.apply(goal, parent);
    }

    private GoalDto saved(GoalService.Saved saved) {
        return GoalDto.of(saved.goal(), RestResponses.errors(saved.warnings(), i18n));
    }

    private static ObjectiveId idOf(String id) {
        try {
            long value = Long.parseLong(id);
            return value > 0 ? new ObjectiveId(value) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private Response alignmentNotFound(String parentId) {
        String shown = parentId.length() > 40 ? parentId.substring(0, 40) : parentId;
        return RestResponses.failure(Outcome.failure(Failure.NOT_FOUND,
                Violation.of(ViolationCode.ALIGNMENT_NOT_FOUND, "parentId", shown)), i18n);
    }

    private Response notFound(String id) {
        String shown = id.length() > 40 ? id.substring(0, 40) : id;
        return RestResponses.failure(Outcome.failure(Failure.NOT_FOUND,
                Violation.of(ViolationCode.OBJECTIVE_NOT_FOUND, "id", shown)), i18n);
    }

    private Caller caller() {
        return Callers.of(users);
    }
}

package dev.cascade.okr.rest.plan;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import dev.cascade.okr.core.model.ObjectiveId;
import dev.cascade.okr.core.plan.InitiativeId;
import dev.cascade.okr.core.plan.PlanItemId;
import dev.cascade.okr.core.plan.TaskId;
import dev.cascade.okr.core.validation.ViolationCode;
import dev.cascade.okr.rest.http.RestHost;
import dev.cascade.okr.rest.http.RestResource;
import dev.cascade.okr.rest.http.RestResponses;
import dev.cascade.okr.service.kernel.Outcome;
import dev.cascade.okr.service.plan.ActionPlanService;
import dev.cascade.okr.service.plan.ActionPlanService.PlanWrite;
import jakarta.inject.Inject;
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
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * {@code /rest/cascade/1.0/goals/{id}/action-plan}: a goal's action plan, its initiatives and their tasks. Licensed
 * users at the door; {@link ActionPlanService} decides who may see the goal (and so its plan) and who may change it.
 * A goal the caller may not see answers 404, exactly like a missing one; a 409 carries the current plan.
 */
@Path("/goals/{id}/action-plan")
@LicensedOnly
@Produces(MediaType.APPLICATION_JSON)
public class ActionPlanResource extends RestResource {

    private final ActionPlanService plans;

    /** Created by the REST module with the plugin's beans and host services. */
    @Inject
    public ActionPlanResource(ActionPlanService plans, RestHost host) {
        super(host);
        this.plans = plans;
    }

    /** The plan: 200 with every initiative, its tasks and their versions (an empty plan when none). */
    @GET
    public Response get(@PathParam("id") String id) {
        return at(id, null, null, at -> ok(plans.plan(caller(), at.goal()), ActionPlanDto::of));
    }

    /** Adds an initiative: 201 with the item, its version, warnings and the plan. */
    @POST
    @Path("/initiatives")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response createInitiative(@PathParam("id") String id, String body) {
        return atWithBody(id, null, null, body, InitiativeInputDto.class,
                (at, in) -> written(Response.Status.CREATED,
                        plans.createInitiative(caller(), at.goal(), in.toInput())));
    }

    /** Replaces an initiative: {@code version} in the body; 200, or 409 with the current plan. */
    @PUT
    @Path("/initiatives/{initiativeId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response putInitiative(@PathParam("id") String id, @PathParam("initiativeId") String initiativeId,
            String body) {
        return atWithBody(id, initiativeId, null, body, InitiativeInputDto.class, (at, in) -> written(
                Response.Status.OK,
                plans.putInitiative(caller(), at.goal(), at.initiative(), in.version(), in.toInput())));
    }

    /** Deletes an initiative with its tasks: {@code ?version=}; 204, or 409 with the current plan. */
    @DELETE
    @Path("/initiatives/{initiativeId}")
    public Response deleteInitiative(@PathParam("id") String id, @PathParam("initiativeId") String initiativeId,
            @QueryParam("version") String version) {
        return at(id, initiativeId, null, at -> delete(at, at.initiative(), version));
    }

    /** Adds a task to an initiative: 201 with the item, its version, warnings and the plan. */
    @POST
    @Path("/initiatives/{initiativeId}/tasks")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response createTask(@PathParam("id") String id, @PathParam("initiativeId") String initiativeId,
            String body) {
        return atWithBody(id, initiativeId, null, body, TaskInputDto.class,
                (at, in) -> written(Response.Status.CREATED,
                        plans.createTask(caller(), at.goal(), at.initiative(), in.toInput())));
    }

    /** Replaces a task: {@code version} in the body; 200, or 409 with the current plan. */
    @PUT
    @Path("/initiatives/{initiativeId}/tasks/{taskId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response putTask(@PathParam("id") String id, @PathParam("initiativeId") String initiativeId,
            @PathParam("taskId") String taskId, String body) {
        return atWithBody(id, initiativeId, taskId, body, TaskInputDto.class, (at, in) -> written(
                Response.Status.OK,
                plans.putTask(caller(), at.goal(), at.initiative(), at.task(), in.version(), in.toInput())));
    }

    /** Deletes a task: {@code ?version=}; 204, or 409 with the current plan. */
    @DELETE
    @Path("/initiatives/{initiativeId}/tasks/{taskId}")
    public Response deleteTask(@PathParam("id") String id, @PathParam("initiativeId") String initiativeId,
            @PathParam("taskId") String taskId, @QueryParam("version") String version) {
        return at(id, initiativeId, taskId, at -> delete(at, at.task(), version));
    }

    private Response delete(Target at, PlanItemId item, String version) {
        return withVersionParameter(version, expected -> noContent(plans.delete(caller(), at.goal(), at.initiative(),
                item, expected), ActionPlanResource::current));
    }

    /**
     * The ids of a request's path, each parsed.
     *
     * @param goal the goal
     * @param initiative the initiative, {@code null} when the path names none
     * @param task the task, {@code null} when the path names none
     */
    private record Target(ObjectiveId goal, InitiativeId initiative, TaskId task) {
    }

    /**
     * Parses the path's ids in order, goal, initiative, task ({@code null} for one the path does not have), each
     * answering 404 (401 for nobody signed in) when it cannot exist; then answers what {@code answer} makes of them.
     */
    private Response at(String id, String initiativeId, String taskId, Function<Target, Response> answer) {
        ObjectiveId goal = idOf(id, ObjectiveId::new);
        if (goal == null) {
            return unknownId(ViolationCode.OBJECTIVE_NOT_FOUND, "id", shown(id));
        }
        InitiativeId initiative = null;
        if (initiativeId != null) {
            initiative = idOf(initiativeId, InitiativeId::new);
            if (initiative == null) {
                return unknownId(ViolationCode.PLAN_ITEM_UNKNOWN, "initiativeId", shown(initiativeId));
            }
        }
        TaskId task = null;
        if (taskId != null) {
            task = idOf(taskId, TaskId::new);
            if (task == null) {
                return unknownId(ViolationCode.PLAN_ITEM_UNKNOWN, "taskId", shown(taskId));
            }
        }
        return answer.apply(new Target(goal, initiative, task));
    }

    /** The path's ids as {@link #at} parses them, then the body (else 400), answered by {@code answer}. */
    private <T> Response atWithBody(String id, String initiativeId, String taskId, String body, Class<T> type,
            BiFunction<Target, T, Response> answer) {
        return at(id, initiativeId, taskId, at -> withBody(body, type, parsed -> answer.apply(at, parsed)));
    }

    /** {@code status} with the change and its warnings; a conflict carries the plan as it is now. */
    private Response written(Response.Status status, Outcome<PlanWrite> written) {
        return written.isSuccess() ? RestResponses.json(status, change(written.value()))
                : RestResponses.failure(written, i18n, ActionPlanResource::current);
    }

    private ActionPlanChangeDto change(PlanWrite written) {
        return ActionPlanChangeDto.of(written.change(), RestResponses.errors(written.warnings(), i18n));
    }

    /** A conflict carries the plan as it is now, in the shape {@code GET} answers. */
    private static ActionPlanDto current(PlanWrite stale) {
        return ActionPlanDto.of(stale.change().plan());
    }
}

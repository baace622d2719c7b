package dev.cascade.okr.rest.plan;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.user.UserManager;
import dev.cascade.okr.core.model.ObjectiveId;
import dev.cascade.okr.core.plan.InitiativeId;
import dev.cascade.okr.core.plan.PlanItemId;
import dev.cascade.okr.core.plan.TaskId;
import dev.cascade.okr.core.validation.Violation;
import dev.cascade.okr.core.validation.ViolationCode;
import dev.cascade.okr.rest.http.Callers;
import dev.cascade.okr.rest.http.RestResponses;
import dev.cascade.okr.service.kernel.Caller;
import dev.cascade.okr.service.kernel.Outcome;
import dev.cascade.okr.service.kernel.Outcome.Failure;
import dev.cascade.okr.service.plan.ActionPlanService;
import dev.cascade.okr.service.plan.ActionPlanService.PlanWrite;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.LongFunction;
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
 * {@code /rest/cascade/1.0/goals/{id}/action-plan}: a goal's action plan, its initiatives and their tasks. Licensed
 * users at the door; {@link ActionPlanService} decides who may see the goal (and so its plan) and who may change it.
 * A goal the caller may not see answers 404, exactly like a missing one; a 409 carries the current plan.
 */
@Path("/goals/{id}/action-plan")
@LicensedOnly
@Produces(MediaType.APPLICATION_JSON)
public class ActionPlanResource {

    private final ActionPlanService plans;
    private final UserManager users;
    private final I18nResolver i18n;

    /** Created by the REST module with the plugin's beans and host services. */
    @Inject
    public ActionPlanResource(ActionPlanService plans, @ComponentImport UserManager users,
            @ComponentImport I18nResolver i18n) {
        this.plans = plans;
        this.users = users;
        this.i18n = i18n;
    }

    /** The plan: 200 with every initiative, its tasks and their versions (an empty plan when none). */
    @GET
    public Response get(@PathParam("id") String id) {
        return at(id, null, null, at -> RestResponses.ok(plans.plan(caller(), at.goal()), i18n, ActionPlanDto::of));
    }

    /** Adds an initiative: 201 with the item, its version, warnings and the plan. */
    @POST
    @Path("/initiatives")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response createInitiative(@PathParam("id") String id, String body) {
        return withBody(id, null, null, body, InitiativeInputDto.class,
                (at, in) -> created(plans.createInitiative(caller(), at.goal(), in.toInput())));
    }

    /** Replaces an initiative: {@code version} in the body; 200, or 409 with the current plan. */
    @PUT
    @Path("/initiatives/{initiativeId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response putInitiative(@PathParam("id") String id, @PathParam("initiativeId") String initiativeId,
            String body) {
        return withBody(id, initiativeId, null, body, InitiativeInputDto.class, (at, in) -> changed(
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
        return withBody(id, initiativeId, null, body, TaskInputDto.class,
                (at, in) -> created(plans.createTask(caller(), at.goal(), at.initiative(), in.toInput())));
    }

    /** Replaces a task: {@code version} in the body; 200, or 409 with the current plan. */
    @PUT
    @Path("/initiatives/{initiativeId}/tasks/{taskId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response putTask(@PathParam("id") String id, @PathParam("initiativeId") String initiativeId,
            @PathParam("taskId") String taskId, String body) {
        return withBody(id, initiativeId, taskId, body, TaskInputDto.class, (at, in) -> changed(
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
        Outcome<Optional<Long>> expected = RestResponses.versionParameter(version);
        if (!expected.isSuccess()) {
            return RestResponses.failure(expected, i18n);
        }
        Outcome<PlanWrite> deleted = plans.delete(caller(), at.goal(), at.initiative(), item,
                expected.value().orElse(null));
        return deleted.isSuccess() ? Response.noContent().build()
                : RestResponses.failure(deleted, i18n, ActionPlanResource::current);
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
        ObjectiveId goal = goalOf(id);
        if (goal == null) {
            return notFound(ViolationCode.OBJECTIVE_NOT_FOUND, "id", id);
        }
        InitiativeId initiative = null;
        if (initiativeId != null) {
            initiative = itemOf(initiativeId, InitiativeId::new);
            if (initiative == null) {
                return notFound(ViolationCode.PLAN_ITEM_UNKNOWN, "initiativeId", initiativeId);
            }
        }
        TaskId task = null;
        if (taskId != null) {
            task = itemOf(taskId, TaskId::new);
            if (task == null) {
                return notFound(ViolationCode.PLAN_ITEM_UNKNOWN, "taskId", taskId);
            }
        }
        return answer.apply(new Target(goal, initiative, task));
    }

    /** The path's ids as {@link #at} parses them, then the body (else 400), answered by {@code answer}. */
    private <T> Response withBody(String id, String initiativeId, String taskId, String body, Class<T> type,
            BiFunction<Target, T, Response> answer) {
        return at(id, initiativeId, taskId,
                at -> RestResponses.withBody(body, type, i18n, parsed -> answer.apply(at, parsed)));
    }

    private Response created(Outcome<PlanWrite> written) {
        return written.isSuccess() ? RestResponses.json(Response.Status.CREATED, change(written.value()))
                : RestResponses.failure(written, i18n, ActionPlanResource::current);
    }

    private Response changed(Outcome<PlanWrite> written) {
        return written.isSuccess() ? RestResponses.json(Response.Status.OK, change(written.value()))
                : RestResponses.failure(written, i18n, ActionPlanResource::current);
    }

    private ActionPlanChangeDto change(PlanWrite written) {
        return ActionPlanChangeDto.of(written.change(), RestResponses.errors(written.warnings(), i18n));
    }

    /** A conflict carries the plan as it is now, in the shape {@code GET} answers. */
    private static ActionPlanDto current(PlanWrite stale) {
        return ActionPlanDto.of(stale.change().plan());
    }

    private static ObjectiveId goalOf(String id) {
        return itemOf(id, ObjectiveId::new);
    }

    private static <T> T itemOf(String id, LongFunction<T> of) {
        try {
            long value = Long.parseLong(id);
            return value > 0 ? of.apply(value) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** An id that cannot exist: 401 for nobody signed in, as for every other id, else 404. */
    private Response notFound(ViolationCode code, String field, String id) {
        String shown = id.length() > 40 ? id.substring(0, 40) : id;
        return RestResponses.failure(caller().userKey().isEmpty()
                ? Outcome.failure(Failure.UNAUTHENTICATED, Violation.of(ViolationCode.NOT_AUTHENTICATED, null))
                : Outcome.failure(Failure.NOT_FOUND, Violation.of(code, field, shown)), i18n);
    }

    private Caller caller() {
        return Callers.of(users);
    }
}

package dev.cascade.okr.rest;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.user.UserManager;
import dev.cascade.okr.core.model.ObjectiveId;
import dev.cascade.okr.core.plan.InitiativeId;
import dev.cascade.okr.core.plan.PlanItemId;
import dev.cascade.okr.core.plan.TaskId;
import dev.cascade.okr.core.port.ActionPlanStore.StoredPlan;
import dev.cascade.okr.core.validation.Violation;
import dev.cascade.okr.core.validation.ViolationCode;
import dev.cascade.okr.service.ActionPlanService;
import dev.cascade.okr.service.ActionPlanService.PlanWrite;
import dev.cascade.okr.service.Caller;
import dev.cascade.okr.service.Outcome;
import dev.cascade.okr.service.Outcome.Failure;
import dev.cascade.okr.service.PlanItemInput;
import java.util.Optional;
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
        ObjectiveId goal = goalOf(id);
        if (goal == null) {
            return notFound(ViolationCode.OBJECTIVE_NOT_FOUND, "id", id);
        }
        Outcome<StoredPlan> plan = plans.plan(caller(), goal);
        return RestResponses.ok(plan, i18n, ActionPlanDto::of);
    }

    /** Adds an initiative: 201 with the item, its version, warnings and the plan. */
    @POST
    @Path("/initiatives")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response createInitiative(@PathParam("id") String id, String body) {
        ObjectiveId goal = goalOf(id);
        if (goal == null) {
            return notFound(ViolationCode.OBJECTIVE_NOT_FOUND, "id", id);
        }
        Outcome<InitiativeInputDto> parsed = JsonBodies.read(body, InitiativeInputDto.class);
        if (!parsed.isSuccess()) {
            return RestResponses.failure(parsed, i18n);
        }
        return created(plans.createInitiative(caller(), goal, parsed.value().toInput()));
    }

    /** Replaces an initiative: {@code version} in the body; 200, or 409 with the current plan. */
    @PUT
    @Path("/initiatives/{initiativeId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response putInitiative(@PathParam("id") String id, @PathParam("initiativeId") String initiativeId,
            String body) {
        ObjectiveId goal = goalOf(id);
        if (goal == null) {
            return notFound(ViolationCode.OBJECTIVE_NOT_FOUND, "id", id);
        }
        InitiativeId initiative = itemOf(initiativeId, InitiativeId::new);
        if (initiative == null) {
            return notFound(ViolationCode.PLAN_ITEM_UNKNOWN, "initiativeId", initiativeId);
        }
        Outcome<InitiativeInputDto> parsed = JsonBodies.read(body, InitiativeInputDto.class);
        if (!parsed.isSuccess()) {
            return RestResponses.failure(parsed, i18n);
        }
        PlanItemInput input = parsed.value().toInput();
        return changed(plans.putInitiative(caller(), goal, initiative, parsed.value().version(), input));
    }

    /** Deletes an initiative with its tasks: {@code ?version=}; 204, or 409 with the current plan. */
    @DELETE
    @Path("/initiatives/{initiativeId}")
    public Response deleteInitiative(@PathParam("id") String id, @PathParam("initiativeId") String initiativeId,
            @QueryParam("version") String version) {
        return delete(id, initiativeId, null, version);
    }

    /** Adds a task to an initiative: 201 with the item, its version, warnings and the plan. */
    @POST
    @Path("/initiatives/{initiativeId}/tasks")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response createTask(@PathParam("id") String id, @PathParam("initiativeId") String initiativeId,
            String body) {
        ObjectiveId goal = goalOf(id);
        if (goal == null) {
            return notFound(ViolationCode.OBJECTIVE_NOT_FOUND, "id", id);
        }
        InitiativeId initiative = itemOf(initiativeId, InitiativeId::new);
        if (initiative == null) {
            return notFound(ViolationCode.PLAN_ITEM_UNKNOWN, "initiativeId", initiativeId);
        }
        Outcome<TaskInputDto> parsed = JsonBodies.read(body, TaskInputDto.class);
        if (!parsed.isSuccess()) {
            return RestResponses.failure(parsed, i18n);
        }
        return created(plans.createTask(caller(), goal, initiative, parsed.value().toInput()));
    }

    /** Replaces a task: {@code version} in the body; 200, or 409 with the current plan. */
    @PUT
    @Path("/initiatives/{initiativeId}/tasks/{taskId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response putTask(@PathParam("id") String id, @PathParam("initiativeId") String initiativeId,
            @PathParam("taskId") String taskId, String body) {
        ObjectiveId goal = goalOf(id);
        if (goal == null) {
            return notFound(ViolationCode.OBJECTIVE_NOT_FOUND, "id", id);
        }
        InitiativeId initiative = itemOf(initiativeId, InitiativeId::new);
        if (initiative == null) {
            return notFound(ViolationCode.PLAN_ITEM_UNKNOWN, "initiativeId", initiativeId);
        }
        TaskId task = itemOf(taskId, TaskId::new);
        if (task == null) {
            return notFound(ViolationCode.PLAN_ITEM_UNKNOWN, "taskId", taskId);
        }
        Outcome<TaskInputDto> parsed = JsonBodies.read(body, TaskInputDto.class);
        if (!parsed.isSuccess()) {
            return RestResponses.failure(parsed, i18n);
        }
        return changed(plans.putTask(caller(), goal, initiative, task, parsed.value().version(),
                parsed.value().toInput()));
    }

    /** Deletes a task: {@code ?version=}; 204, or 409 with the current plan. */
    @DELETE
    @Path("/initiatives/{initiativeId}/tasks/{taskId}")
    public Response deleteTask(@PathParam("id") String id, @PathParam("initiativeId") String initiativeId,
            @PathParam("taskId") String taskId, @QueryParam("version") String version) {
        return delete(id, initiativeId, taskId, version);
    }

    private Response delete(String id, String initiativeId, String taskId, String version) {
        ObjectiveId goal = goalOf(id);
        if (goal == null) {
            return notFound(ViolationCode.OBJECTIVE_NOT_FOUND, "id", id);
        }
        InitiativeId initiative = itemOf(initiativeId, InitiativeId::new);
        if (initiative == null) {
            return notFound(ViolationCode.PLAN_ITEM_UNKNOWN, "initiativeId", initiativeId);
        }
        PlanItemId item = initiative;
        if (taskId != null) {
            item = itemOf(taskId, TaskId::new);
            if (item == null) {
                return notFound(ViolationCode.PLAN_ITEM_UNKNOWN, "taskId", taskId);
            }
        }
        Outcome<Optional<Long>> expected = RestResponses.versionParameter(version);
        if (!expected.isSuccess()) {
            return RestResponses.failure(expected, i18n);
        }
        Outcome<PlanWrite> deleted = plans.delete(caller(), goal, initiative, item, expected.value().orElse(null));
        return deleted.isSuccess() ? Response.noContent().build()
                : RestResponses.failure(deleted, i18n, ActionPlanResource::current);
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

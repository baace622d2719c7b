package dev.cascade.okr.rest.goal;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.user.UserManager;
import dev.cascade.okr.core.model.KeyResultId;
import dev.cascade.okr.core.port.GoalStore.StoredKeyResult;
import dev.cascade.okr.core.validation.Violation;
import dev.cascade.okr.core.validation.ViolationCode;
import dev.cascade.okr.rest.http.Callers;
import dev.cascade.okr.rest.http.JsonBodies;
import dev.cascade.okr.rest.http.ListParameters;
import dev.cascade.okr.rest.http.RestResponses;
import dev.cascade.okr.rest.tracking.TrackingResource;
import dev.cascade.okr.service.goal.GoalFilter;
import dev.cascade.okr.service.goal.GoalService;
import dev.cascade.okr.service.goal.GoalStateService;
import dev.cascade.okr.service.goal.KeyResultQueryService;
import dev.cascade.okr.service.kernel.Caller;
import dev.cascade.okr.service.kernel.Outcome;
import dev.cascade.okr.service.kernel.Outcome.Failure;
import java.util.Optional;
import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

/**
 * {@code /rest/cascade/1.0/key-results}: list key results with the goal filters, and read, change or delete one and
 * replace its links to Jira work (adding one is {@code POST /goals/{id}/key-results}). Shares its root path with
 * {@link TrackingResource}; the REST
 * stack merges the two. Licensed users at the door; {@link GoalService} decides who may change the key result's goal.
 */
@Path("/key-results")
@LicensedOnly
@Produces(MediaType.APPLICATION_JSON)
public class KeyResultsResource {

    private final GoalService goals;
    private final KeyResultQueryService keyResults;
    private final GoalStateService state;
    private final UserManager users;
    private final I18nResolver i18n;

    /** Created by the REST module with the plugin's beans and host services. */
    @Inject
    public KeyResultsResource(GoalService goals, KeyResultQueryService keyResults, GoalStateService state,
            @ComponentImport UserManager users, @ComponentImport I18nResolver i18n) {
        this.goals = goals;
        this.keyResults = keyResults;
        this.state = state;
        this.users = users;
        this.i18n = i18n;
    }

    /**
     * The key results of the goals the caller may see that match the filters (period, level, project, owner, status,
     * read as {@code GET /goals} reads them), by goal id then position; {@code offset} and {@code limit} (default 25,
     * at most 100) count key results.
     */
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
        return RestResponses.ok(keyResults.find(caller(), filter.value()), i18n, page -> new KeyResultPageDto(
                page.items().stream().map(KeyResultItemDto::of).toList(), page.offset(), page.limit(), page.total()));
    }

    /** One key result, for whoever may see its goal; 404 otherwise. */
    @GET
    @Path("/{id}")
    public Response get(@PathParam("id") String id) {
        KeyResultId keyResult = idOf(id);
        if (keyResult == null) {
            return notFound(id);
        }
        return RestResponses.ok(keyResults.keyResult(caller(), keyResult), i18n, GoalKeyResultDto::of);
    }

    /** Replaces title, weight and measure: {@code {"version":1,"title":..,"weight":..,"measure":{..}}}; 409 stale. */
    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response update(@PathParam("id") String id, String body) {
        KeyResultId keyResult = idOf(id);
        if (keyResult == null) {
            return notFound(id);
        }
        Outcome<KeyResultUpdateDto> parsed = JsonBodies.read(body, KeyResultUpdateDto.class);
        if (!parsed.isSuccess()) {
            return RestResponses.failure(parsed, i18n);
        }
        Outcome<StoredKeyResult> updated = goals.updateKeyResult(caller(), keyResult, parsed.value().version(),
                parsed.value().toInput());
        return RestResponses.ok(updated, i18n, GoalKeyResultDto::of);
    }

    /** Deletes the key result: {@code ?version=}; 204, or 409 with {@code current}. */
    @DELETE
    @Path("/{id}")
    public Response delete(@PathParam("id") String id, @QueryParam("version") String version) {
        KeyResultId keyResult = idOf(id);
        if (keyResult == null) {
            return notFound(id);
        }
        Outcome<Optional<Long>> expected = RestResponses.versionParameter(version);
        if (!expected.isSuccess()) {
            return RestResponses.failure(expected, i18n);
        }
        Outcome<StoredKeyResult> deleted = goals.deleteKeyResult(caller(), keyResult,
                expected.value().orElse(null));
        return deleted.isSuccess() ? Response.noContent().build()
                : RestResponses.failure(deleted, i18n, GoalKeyResultDto::of);
    }

    /** Replaces the links of an issue-driven key result: {@code {"version":1,"links":[{"epic":"CASC-1"}]}}. */
    @PUT
    @Path("/{id}/links")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response links(@PathParam("id") String id, String body) {
        KeyResultId keyResult = idOf(id);
        if (keyResult == null) {
            return notFound(id);
        }
        Outcome<KeyResultLinksDto> parsed = JsonBodies.read(body, KeyResultLinksDto.class);
        if (!parsed.isSuccess()) {
            return RestResponses.failure(parsed, i18n);
        }
        Outcome<StoredKeyResult> updated = goals.setLinks(caller(), keyResult, parsed.value().version(),
                parsed.value().toInput());
        return RestResponses.ok(updated, i18n, GoalKeyResultDto::of);
    }

    /**
     * Sets a manual progress over the computed one: {@code {"progress":0.6,"reason":"..","version":3}}; 200 with the
     * key result, 409 with {@code current} when stale, 409 {@code goal.closed} when its goal is closed.
     */
    @PUT
    @Path("/{id}/override")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response setOverride(@PathParam("id") String id, String body) {
        KeyResultId keyResult = idOf(id);
        if (keyResult == null) {
            return notFound(id);
        }
        return RestResponses.withBody(body, KeyResultOverrideDto.class, i18n, override -> RestResponses.ok(
                state.setOverride(caller(), keyResult, override.version(), override.progress(), override.reason()),
                i18n, GoalKeyResultDto::of));
    }

    /**
     * Clears the manual progress: {@code ?version=3&reason=..}; 200 with the key result (its computed progress applies
     * again and the clearing is kept as {@code overrideCleared}).
     */
    @DELETE
    @Path("/{id}/override")
    public Response clearOverride(@PathParam("id") String id, @QueryParam("version") String version,
            @QueryParam("reason") String reason) {
        KeyResultId keyResult = idOf(id);
        if (keyResult == null) {
            return notFound(id);
        }
        Outcome<Optional<Long>> expected = RestResponses.versionParameter(version);
        if (!expected.isSuccess()) {
            return RestResponses.failure(expected, i18n);
        }
        return RestResponses.ok(state.clearOverride(caller(), keyResult, expected.value().orElse(null), reason),
                i18n, GoalKeyResultDto::of);
    }

    private static KeyResultId idOf(String id) {
        try {
            long value = Long.parseLong(id);
            return value > 0 ? new KeyResultId(value) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** An id that cannot exist: 401 for nobody signed in, as for every other id, else 404. */
    private Response notFound(String id) {
        String shown = id.length() > 40 ? id.substring(0, 40) : id;
        return RestResponses.failure(caller().userKey().isEmpty()
                ? Outcome.failure(Failure.UNAUTHENTICATED, Violation.of(ViolationCode.NOT_AUTHENTICATED, null))
                : Outcome.failure(Failure.NOT_FOUND, Violation.of(ViolationCode.KEY_RESULT_NOT_FOUND, "id", shown)),
                i18n);
    }

    private Caller caller() {
        return Callers.of(users);
    }
}

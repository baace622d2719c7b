package dev.cascade.okr.rest.goal;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import dev.cascade.okr.core.model.KeyResultId;
import dev.cascade.okr.core.port.GoalStore.StoredKeyResult;
import dev.cascade.okr.core.validation.ViolationCode;
import dev.cascade.okr.rest.http.KeyPageDto;
import dev.cascade.okr.rest.http.PageDto;
import dev.cascade.okr.rest.http.RestHost;
import dev.cascade.okr.rest.http.RestResource;
import dev.cascade.okr.rest.tracking.TrackingResource;
import dev.cascade.okr.service.goal.GoalStateService;
import dev.cascade.okr.service.goal.KeyResultIssuesService;
import dev.cascade.okr.service.goal.KeyResultQueryService;
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
 * {@code /rest/cascade/1.0/key-results}: list key results with the goal filters, and read, change or delete one and
 * replace its links to Jira work (adding one is {@code POST /goals/{id}/key-results}, {@link GoalsResource}), and the
 * issues behind its links ({@code GET /key-results/{id}/issues}). Shares its root path with {@link TrackingResource};
 * the REST stack merges the two. Licensed users at the door; {@link KeyResultService} decides who may change the key
 * result's goal.
 */
@Path("/key-results")
@LicensedOnly
@Produces(MediaType.APPLICATION_JSON)
public class KeyResultsResource extends RestResource {

    private final KeyResultService writes;
    private final KeyResultQueryService keyResults;
    private final GoalStateService state;
    private final KeyResultIssuesService issues;
    private final PathId<KeyResultId> keyResultIds = pathId(KeyResultId::new,
            id -> unknownId(ViolationCode.KEY_RESULT_NOT_FOUND, "id", shown(id)));

    /** Created by the REST module with the plugin's beans and host services. */
    @Inject
    public KeyResultsResource(KeyResultService writes, KeyResultQueryService keyResults, GoalStateService state,
            KeyResultIssuesService issues, RestHost host) {
        super(host);
        this.writes = writes;
        this.keyResults = keyResults;
        this.state = state;
        this.issues = issues;
    }

    /**
     * The key results of the goals the caller may see that match the filters (period, level, project, owner, status,
     * read as {@code GET /goals} reads them), by goal id then position; {@code offset} and {@code limit} (default 25,
     * at most 100) count key results; or by key with {@code after=} (a key-result id, 0 for the first page, then the
     * answer's {@code next}) instead of {@code offset}, in key-result id order.
     */
    @GET
    public Response list(@BeanParam GoalListQuery query) {
        return then(query.filter(), filter -> query.byKey()
                ? ok(keyResults.findAfter(caller(), filter), page -> KeyPageDto.of(page, KeyResultItemDto::of))
                : ok(keyResults.find(caller(), filter), page -> PageDto.of(page, KeyResultItemDto::of)));
    }

    /** One key result, for whoever may see its goal; 404 otherwise. */
    @GET
    @Path("/{id}")
    public Response get(@PathParam("id") String id) {
        return keyResultIds.with(id, keyResult -> answer(keyResults.keyResult(caller(), keyResult)));
    }

    /** Replaces title, weight and measure: {@code {"version":1,"title":..,"weight":..,"measure":{..}}}; 409 stale. */
    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response update(@PathParam("id") String id, String body) {
        return keyResultIds.withBody(id, body, KeyResultUpdateDto.class, (keyResult, update) -> answer(
                writes.updateKeyResult(caller(), keyResult, update.version(), update.toInput())));
    }

    /** Deletes the key result: {@code ?version=}; 204, or 409 with {@code current}. */
    @DELETE
    @Path("/{id}")
    public Response delete(@PathParam("id") String id, @QueryParam("version") String version) {
        return keyResultIds.with(id, keyResult -> withVersionParameter(version, expected -> noContent(
                writes.deleteKeyResult(caller(), keyResult, expected), GoalKeyResultDto::of)));
    }

    /** Replaces the links of an issue-driven key result: {@code {"version":1,"links":[{"epic":"CASC-1"}]}}. */
    @PUT
    @Path("/{id}/links")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response links(@PathParam("id") String id, String body) {
        return keyResultIds.withBody(id, body, KeyResultLinksDto.class, (keyResult, links) -> answer(
                writes.setLinks(caller(), keyResult, links.version(), links.toInput())));
    }

    /**
     * Adds one link to an issue-driven key result, keeping the others (the issue view's "link to a key result"):
     * {@code {"keyResult":7,"version":3,"link":{"issue":"CASC-4"}}}; 200 with the key result, 409 with
     * {@code current} when stale. The key result is named in the body, not the path, so that a form whose key result
     * is chosen in a select can send it (the page's form script fills the address when the dialog opens).
     */
    @POST
    @Path("/links/add")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addLink(String body) {
        return withBody(body, KeyResultLinkAddDto.class, add -> add.keyResult() != null && add.keyResult() <= 0
                ? unknownId(ViolationCode.KEY_RESULT_NOT_FOUND, "keyResult", String.valueOf(add.keyResult()))
                : answer(writes.addLink(caller(), add.keyResult() == null ? null : new KeyResultId(add.keyResult()),
                        add.version(), add.toInput())));
    }

    /**
     * Sets a manual progress over the computed one: {@code {"progress":0.6,"reason":"..","version":3}}; 200 with the
     * key result, 409 with {@code current} when stale, 409 {@code goal.closed} when its goal is closed.
     */
    @PUT
    @Path("/{id}/override")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response setOverride(@PathParam("id") String id, String body) {
        return keyResultIds.withBody(id, body, KeyResultOverrideDto.class, (keyResult, override) -> answer(
                state.setOverride(caller(), keyResult, override.version(), override.progress(), override.reason())));
    }

    /**
     * Clears the manual progress: {@code ?version=3&reason=..}; 200 with the key result (its computed progress applies
     * again and the clearing is kept as {@code overrideCleared}).
     */
    @DELETE
    @Path("/{id}/override")
    public Response clearOverride(@PathParam("id") String id, @QueryParam("version") String version,
            @QueryParam("reason") String reason) {
        return keyResultIds.with(id, keyResult -> withVersionParameter(version, expected -> answer(
                state.clearOverride(caller(), keyResult, expected, reason))));
    }

    /** 200 with the key result, or the failure (a conflict with its current state mapped alike). */
    private Response answer(Outcome<StoredKeyResult> outcome) {
        return ok(outcome, GoalKeyResultDto::of);
    }

    /**
     * The issues behind an issue-driven key result that the caller may browse, per link ({@code ?limit=}: default 100
     * per link, at most 1,000); 401, 404 (also for an id that is not a number), 400 for a bad limit or a non-issue
     * measure.
     */
    @GET
    @Path("/{id}/issues")
    public Response issues(@PathParam("id") String id, @QueryParam("limit") String limit) {
        return keyResultIds.with(id,
                keyResult -> ok(issues.issues(caller(), keyResult, queryNumber(limit)), KeyResultIssuesDto::of));
    }
}

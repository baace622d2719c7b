package dev.cascade.okr.rest.goal;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.user.UserManager;
import dev.cascade.okr.core.model.KeyResultId;
import dev.cascade.okr.core.validation.Violation;
import dev.cascade.okr.core.validation.ViolationCode;
import dev.cascade.okr.rest.http.Callers;
import dev.cascade.okr.rest.http.RequestNumbers;
import dev.cascade.okr.rest.http.RestResponses;
import dev.cascade.okr.rest.tracking.TrackingResource;
import dev.cascade.okr.service.goal.KeyResultIssuesService;
import dev.cascade.okr.service.goal.KeyResultIssuesService.KeyResultIssues;
import dev.cascade.okr.service.kernel.Caller;
import dev.cascade.okr.service.kernel.Outcome;
import dev.cascade.okr.service.kernel.Outcome.Failure;
import javax.inject.Inject;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

/**
 * {@code GET /rest/cascade/1.0/key-results/{id}/issues?limit=}: the issues behind an issue-driven key result that the
 * caller may browse, per link (default 100 per link, at most 1,000). Shares its root path with
 * {@link KeyResultsResource} and {@link TrackingResource}; the REST stack merges them.
 */
@Path("/key-results/{id}/issues")
@LicensedOnly
@Produces(MediaType.APPLICATION_JSON)
public class KeyResultIssuesResource {

    private final KeyResultIssuesService service;
    private final UserManager users;
    private final I18nResolver i18n;

    /** Created by the REST module with the plugin's beans and host services. */
    @Inject
    public KeyResultIssuesResource(KeyResultIssuesService service, @ComponentImport UserManager users,
            @ComponentImport I18nResolver i18n) {
        this.service = service;
        this.users = users;
        this.i18n = i18n;
    }

    /** The drill-down; 401, 404 (also for an id that is not a number), 400 for a bad limit or a non-issue measure. */
    @GET
    public Response issues(@PathParam("id") String id, @QueryParam("limit") String limit) {
        Caller caller = Callers.of(users);
        long keyResult = RequestNumbers.pathId(id);
        if (keyResult == 0) {
            String shown = id.length() > 40 ? id.substring(0, 40) : id;
            return RestResponses.failure(caller.userKey().isEmpty()
                    ? Outcome.failure(Failure.UNAUTHENTICATED, Violation.of(ViolationCode.NOT_AUTHENTICATED, null))
                    : Outcome.failure(Failure.NOT_FOUND, Violation.of(ViolationCode.KEY_RESULT_NOT_FOUND, "id",
                            shown)), i18n);
        }
        Outcome<KeyResultIssues> found = service.issues(caller, new KeyResultId(keyResult), limitOf(limit));
        return RestResponses.ok(found, i18n, KeyResultIssuesDto::of);
    }

    /** The limit asked for: {@code null} when absent; a text that is no {@code int} is -1, which the service refuses
     * after its access checks, as it refuses any limit out of range. */
    private static Integer limitOf(String limit) {
        if (limit == null) {
            return null;
        }
        try {
            return Integer.valueOf(limit.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}

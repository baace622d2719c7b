package dev.cascade.okr.rest.appraisal;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.user.UserManager;
import dev.cascade.okr.core.port.AppraisalStore.StoredConfirmation;
import dev.cascade.okr.rest.http.Callers;
import dev.cascade.okr.rest.http.JsonBodies;
import dev.cascade.okr.rest.http.RequestNumbers;
import dev.cascade.okr.rest.http.RestResponses;
import dev.cascade.okr.service.appraisal.AppraisalService;
import dev.cascade.okr.service.kernel.Caller;
import dev.cascade.okr.service.kernel.Outcome;
import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

/**
 * {@code /rest/cascade/1.0/goals/{id}/confirmation}: the agreement on a goal by its owner and the owner's manager.
 * Seen by whoever may see the owner's appraisal data (else 404); a step by a non-party answers 403.
 */
@Path("/goals/{id}/confirmation")
@LicensedOnly
@Produces(MediaType.APPLICATION_JSON)
public class GoalConfirmationResource {

    private final AppraisalService appraisals;
    private final UserManager users;
    private final I18nResolver i18n;

    /** Created by the REST module with the plugin's beans and host services. */
    @Inject
    public GoalConfirmationResource(AppraisalService appraisals, @ComponentImport UserManager users,
            @ComponentImport I18nResolver i18n) {
        this.appraisals = appraisals;
        this.users = users;
        this.i18n = i18n;
    }

    /** The confirmation; version 0 before anybody acted; state {@code no-manager} when the owner has no manager. */
    @GET
    public Response get(@PathParam("id") String id) {
        return RestResponses.ok(appraisals.confirmation(caller(), goal(id)), i18n, ConfirmationDto::of);
    }

    /** The caller confirms: {@code {version}}. */
    @POST
    @Path("/confirm")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response confirm(@PathParam("id") String id, String body) {
        Outcome<ConfirmationVersionDto> parsed = JsonBodies.read(body, ConfirmationVersionDto.class);
        if (!parsed.isSuccess()) {
            return RestResponses.failure(parsed, i18n);
        }
        Outcome<Long> version = RequestNumbers.version(parsed.value().version());
        if (!version.isSuccess()) {
            return RestResponses.failure(version, i18n);
        }
        return answer(appraisals.confirm(caller(), goal(id), version.value()));
    }

    /** The caller objects: {@code {version, reason}}. */
    @POST
    @Path("/object")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response object(@PathParam("id") String id, String body) {
        Outcome<ConfirmationObjectionDto> parsed = JsonBodies.read(body, ConfirmationObjectionDto.class);
        if (!parsed.isSuccess()) {
            return RestResponses.failure(parsed, i18n);
        }
        Outcome<Long> version = RequestNumbers.version(parsed.value().version());
        if (!version.isSuccess()) {
            return RestResponses.failure(version, i18n);
        }
        return answer(appraisals.object(caller(), goal(id), version.value(), parsed.value().reason()));
    }

    /** The caller resolves the other side's objection: {@code {version, objection, resolution}}. */
    @POST
    @Path("/resolve")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response resolve(@PathParam("id") String id, String body) {
        Outcome<ConfirmationResolutionDto> parsed = JsonBodies.read(body, ConfirmationResolutionDto.class);
        if (!parsed.isSuccess()) {
            return RestResponses.failure(parsed, i18n);
        }
        Outcome<Long> version = RequestNumbers.version(parsed.value().version());
        if (!version.isSuccess()) {
            return RestResponses.failure(version, i18n);
        }
        Outcome<Integer> objection = RequestNumbers.requiredInt(parsed.value().objection(), "objection");
        if (!objection.isSuccess()) {
            return RestResponses.failure(objection, i18n);
        }
        return answer(appraisals.resolve(caller(), goal(id), version.value(), objection.value(),
                parsed.value().resolution()));
    }

    private static long goal(String id) {
        return RequestNumbers.pathId(id);
    }

    private Response answer(Outcome<StoredConfirmation> outcome) {
        return RestResponses.ok(outcome, i18n, ConfirmationDto::of);
    }

    private Caller caller() {
        return Callers.of(users);
    }
}

package dev.cascade.okr.rest;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.user.UserManager;
import dev.cascade.okr.core.model.Objective;
import dev.cascade.okr.core.model.ObjectiveId;
import dev.cascade.okr.core.validation.Violation;
import dev.cascade.okr.core.validation.ViolationCode;
import dev.cascade.okr.service.Caller;
import dev.cascade.okr.service.ObjectiveService;
import dev.cascade.okr.service.Outcome;
import java.util.List;
import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

/**
 * {@code /rest/cascade/1.0/objectives}: create, list by project, read. Licensed users only at the door; the service
 * checks project permissions for every call.
 */
@Path("/objectives")
@LicensedOnly
@Produces(MediaType.APPLICATION_JSON)
public class ObjectivesResource {

    private final ObjectiveService objectives;
    private final UserManager users;
    private final I18nResolver i18n;

    /** Created by the REST module with the plugin's beans and host services. */
    @Inject
    public ObjectivesResource(ObjectiveService objectives, @ComponentImport UserManager users,
            @ComponentImport I18nResolver i18n) {
        this.objectives = objectives;
        this.users = users;
        this.i18n = i18n;
    }

    /** Creates an objective; 201 with the stored objective, or 4xx with the errors and nothing stored. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(String body) {
        Outcome<NewObjectiveDto> parsed = JsonBodies.read(body, NewObjectiveDto.class);
        if (!parsed.isSuccess()) {
            return RestResponses.failure(parsed, i18n);
        }
        Outcome<Objective> created = objectives.create(caller(), parsed.value().toDraft());
        return created.isSuccess()
                ? RestResponses.json(Response.Status.CREATED, ObjectiveDto.of(created.value()))
                : RestResponses.failure(created, i18n);
    }

    /** The objectives of a project: {@code ?project=KEY}. */
    @GET
    public Response list(@QueryParam("project") String projectKey) {
        Outcome<List<Objective>> found = objectives.objectivesOfProject(caller(), projectKey);
        return found.isSuccess()
                ? RestResponses.json(Response.Status.OK, found.value().stream().map(ObjectiveDto::of).toList())
                : RestResponses.failure(found, i18n);
    }

    /** One objective. */
    @GET
    @Path("/{id}")
    public Response get(@PathParam("id") String id) {
        long value;
        try {
            value = Long.parseLong(id);
        } catch (NumberFormatException e) {
            value = 0;
        }
        if (value <= 0) {
            return RestResponses.failure(Outcome.failure(Outcome.Failure.NOT_FOUND,
                    Violation.of(ViolationCode.OBJECTIVE_NOT_FOUND, "id", id)), i18n);
        }
        Outcome<Objective> found = objectives.objective(caller(), new ObjectiveId(value));
        return found.isSuccess()
                ? RestResponses.json(Response.Status.OK, ObjectiveDto.of(found.value()))
                : RestResponses.failure(found, i18n);
    }

    private Caller caller() {
        return Callers.of(users);
    }
}

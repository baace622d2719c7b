package dev.cascade.okr.rest.settings;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.user.UserManager;
import dev.cascade.okr.core.port.Versioned;
import dev.cascade.okr.rest.http.RestResource;
import dev.cascade.okr.service.kernel.Outcome;
import dev.cascade.okr.service.settings.SettingsService;
import java.util.Optional;
import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

/**
 * {@code /rest/cascade/1.0/people/{userKey}/role}: a person's role (岗位), shown in the individual goal table. Read by
 * the person, their managers and app administrators (404 for others); replaced by app administrators only (403 for
 * others). The role carries a version (0 while never set): a change names the version it was based on and answers
 * 409 with {@code current} when stale.
 */
@Path("/people/{userKey}/role")
@LicensedOnly
@Produces(MediaType.APPLICATION_JSON)
public class PeopleRoleResource extends RestResource {

    private final SettingsService settings;

    /** Created by the REST module with the plugin's beans and host services. */
    @Inject
    public PeopleRoleResource(SettingsService settings, @ComponentImport UserManager users,
            @ComponentImport I18nResolver i18n) {
        super(users, i18n);
        this.settings = settings;
    }

    /** The person's role with its version. */
    @GET
    public Response role(@PathParam("userKey") String userKey) {
        return answer(settings.roleOf(caller(), userKey));
    }

    /** Replaces the person's role: {@code {"role":"Sales representative","version":0}}. */
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public Response putRole(@PathParam("userKey") String userKey, String body) {
        return withBody(body, PeopleRoleDto.class,
                dto -> answer(settings.putRole(caller(), userKey, dto.version(), dto.role())));
    }

    private Response answer(Outcome<Versioned<Optional<String>>> outcome) {
        return ok(outcome, role -> new PeopleRoleDto(role.value().orElse(null), role.version()));
    }
}

package dev.cascade.okr.rest.settings;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.user.UserManager;
import dev.cascade.okr.core.port.Versioned;
import dev.cascade.okr.rest.http.Callers;
import dev.cascade.okr.rest.http.JsonBodies;
import dev.cascade.okr.rest.http.RestResponses;
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
public class PeopleRoleResource {

    private final SettingsService settings;
    private final UserManager users;
    private final I18nResolver i18n;

    /** Created by the REST module with the plugin's beans and host services. */
    @Inject
    public PeopleRoleResource(SettingsService settings, @ComponentImport UserManager users,
            @ComponentImport I18nResolver i18n) {
        this.settings = settings;
        this.users = users;
        this.i18n = i18n;
    }

    /** The person's role with its version. */
    @GET
    public Response role(@PathParam("userKey") String userKey) {
        return answer(settings.roleOf(Callers.of(users), userKey));
    }

    /** Replaces the person's role: {@code {"role":"Sales representative","version":0}}. */
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public Response putRole(@PathParam("userKey") String userKey, String body) {
        Outcome<PeopleRoleDto> parsed = JsonBodies.read(body, PeopleRoleDto.class);
        if (!parsed.isSuccess()) {
            return RestResponses.failure(parsed, i18n);
        }
        return answer(settings.putRole(Callers.of(users), userKey, parsed.value().version(), parsed.value().role()));
    }

    private Response answer(Outcome<Versioned<Optional<String>>> outcome) {
        return RestResponses.ok(outcome, i18n, role -> new PeopleRoleDto(role.value().orElse(null), role.version()));
    }
}

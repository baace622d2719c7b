package dev.cascade.okr.rest.settings;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import dev.cascade.okr.core.model.UserRef;
import dev.cascade.okr.core.port.Versioned;
import dev.cascade.okr.rest.http.RestHost;
import dev.cascade.okr.rest.http.RestResource;
import dev.cascade.okr.service.settings.SettingsService;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.Set;

/**
 * {@code /rest/cascade/1.0/people/{userKey}/...}: what the organisation records about a person. Read by the person,
 * their managers and app administrators (404 for others); replaced by app administrators only (403 for others). Each
 * carries a version (0 while never set): a change names the version it was based on and answers 409 with
 * {@code current} when stale.
 * <ul>
 * <li>{@code managers}: who manages the person directly; a change that would make someone manage themselves answers
 * 400 {@code people.manager-cycle}.</li>
 * <li>{@code role}: the person's role (岗位), shown in the individual goal table.</li>
 * </ul>
 */
@Path("/people/{userKey}")
@LicensedOnly
@Produces(MediaType.APPLICATION_JSON)
public class PeopleResource extends RestResource {

    private final SettingsService settings;

    /** Created by the REST module with the plugin's beans and host services. */
    @Inject
    public PeopleResource(SettingsService settings, RestHost host) {
        super(host);
        this.settings = settings;
    }

    /** The person's direct managers, ordered by user key, with the list's version. */
    @GET
    @Path("/managers")
    public Response managers(@PathParam("userKey") String userKey) {
        return ok(settings.managersOf(caller(), userKey), PeopleResource::managers);
    }

    /** Replaces the person's direct managers: {@code {"managers":[userKey, ...],"version":2}}. */
    @PUT
    @Path("/managers")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response putManagers(@PathParam("userKey") String userKey, String body) {
        return withBody(body, SettingsManagersDto.class, dto -> ok(
                settings.putManagers(caller(), userKey, dto.version(), dto.managers()), PeopleResource::managers));
    }

    /** The person's role with its version. */
    @GET
    @Path("/role")
    public Response role(@PathParam("userKey") String userKey) {
        return ok(settings.roleOf(caller(), userKey), PeopleResource::role);
    }

    /** Replaces the person's role: {@code {"role":"Sales representative","version":0}}. */
    @PUT
    @Path("/role")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response putRole(@PathParam("userKey") String userKey, String body) {
        return withBody(body, PeopleRoleDto.class, dto -> ok(
                settings.putRole(caller(), userKey, dto.version(), dto.role()), PeopleResource::role));
    }

    private static SettingsManagersDto managers(Versioned<Set<UserRef>> managers) {
        return new SettingsManagersDto(managers.value().stream().map(UserRef::key).toList(), managers.version());
    }

    private static PeopleRoleDto role(Versioned<Optional<String>> role) {
        return new PeopleRoleDto(role.value().orElse(null), role.version());
    }
}

package dev.cascade.okr.rest.appraisal;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.user.UserManager;
import dev.cascade.okr.rest.http.RequestNumbers;
import dev.cascade.okr.rest.http.RestResource;
import dev.cascade.okr.service.appraisal.CarryOverService;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * {@code /rest/cascade/1.0/goals/{id}/carried-from}: where a draft made by a carry-over came from and what its
 * appraisal suggested; read by those who may see its owner's appraisal data (404 for others and for other goals).
 */
@Path("/goals/{id}/carried-from")
@LicensedOnly
@Produces(MediaType.APPLICATION_JSON)
public class GoalOriginResource extends RestResource {

    private final CarryOverService carryOvers;

    /** Created by the REST module with the plugin's beans and host services. */
    @Inject
    public GoalOriginResource(CarryOverService carryOvers, @ComponentImport UserManager users,
            @ComponentImport I18nResolver i18n) {
        super(users, i18n);
        this.carryOvers = carryOvers;
    }

    /** Where a draft came from, with its appraisal's suggestion. */
    @GET
    public Response carriedFrom(@PathParam("id") String id) {
        return ok(carryOvers.origin(caller(), RequestNumbers.pathId(id)),
                CarryOverDto.OriginDto::of);
    }
}

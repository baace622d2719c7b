package dev.cascade.okr.rest.appraisal;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.user.UserManager;
import dev.cascade.okr.rest.http.RestResource;
import dev.cascade.okr.service.appraisal.CarryOverService;
import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

/**
 * {@code /rest/cascade/1.0/carry-over} (结转): {@code POST {period, toPeriod, project?}} carries every unfinished goal
 * of a closed period into drafts of the next; app administrators only. Running twice creates nothing new. One goal
 * is carried by {@link GoalCarryOverResource}.
 */
@Path("/carry-over")
@LicensedOnly
@Produces(MediaType.APPLICATION_JSON)
public class CarryOverResource extends RestResource {

    private final CarryOverService carryOvers;

    /** Created by the REST module with the plugin's beans and host services. */
    @Inject
    public CarryOverResource(CarryOverService carryOvers, @ComponentImport UserManager users,
            @ComponentImport I18nResolver i18n) {
        super(users, i18n);
        this.carryOvers = carryOvers;
    }

    /** Carries a period's unfinished goals: 200 with what was created and what skipped. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response carryOver(String body) {
        return withBody(body, CarryOverRequestDto.class, dto -> ok(carryOvers.carryOver(caller(), dto.period(),
                dto.toPeriod(), dto.project()), CarryOverDto::of));
    }
}

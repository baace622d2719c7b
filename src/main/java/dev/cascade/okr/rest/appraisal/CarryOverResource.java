package dev.cascade.okr.rest.appraisal;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import dev.cascade.okr.rest.http.RestHost;
import dev.cascade.okr.rest.http.RestResource;
import dev.cascade.okr.service.appraisal.CarryOverService;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * {@code /rest/cascade/1.0/carry-over} (结转): {@code POST {period, toPeriod, project?}} carries every unfinished goal
 * of a closed period into drafts of the next; app administrators only. Running twice creates nothing new. One goal
 * is carried by {@link GoalAppraisalResource}.
 */
@Path("/carry-over")
@LicensedOnly
@Produces(MediaType.APPLICATION_JSON)
public class CarryOverResource extends RestResource {

    private final CarryOverService carryOvers;

    /** Created by the REST module with the plugin's beans and host services. */
    @Inject
    public CarryOverResource(CarryOverService carryOvers, RestHost host) {
        super(host);
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

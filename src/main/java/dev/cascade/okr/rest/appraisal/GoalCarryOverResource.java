package dev.cascade.okr.rest.appraisal;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.user.UserManager;
import dev.cascade.okr.rest.http.RequestNumbers;
import dev.cascade.okr.rest.http.RestResource;
import dev.cascade.okr.service.appraisal.CarryOverService;
import dev.cascade.okr.service.appraisal.CarryOverService.Item;
import dev.cascade.okr.service.appraisal.CarryOverService.Result;
import dev.cascade.okr.service.kernel.Outcome;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * {@code /rest/cascade/1.0/goals/{id}/carry-over}: {@code POST {toPeriod}} carries one goal's unfinished key results
 * into a draft of the next period, by whoever may change the goal; running twice creates nothing new.
 */
@Path("/goals/{id}/carry-over")
@LicensedOnly
@Produces(MediaType.APPLICATION_JSON)
public class GoalCarryOverResource extends RestResource {

    private final CarryOverService carryOvers;

    /** Created by the REST module with the plugin's beans and host services. */
    @Inject
    public GoalCarryOverResource(CarryOverService carryOvers, @ComponentImport UserManager users,
            @ComponentImport I18nResolver i18n) {
        super(users, i18n);
        this.carryOvers = carryOvers;
    }

    /** Carries one goal: 201 with the draft when created, 200 when skipped. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response carryOverGoal(@PathParam("id") String id, String body) {
        return withBody(body, CarryOverGoalDto.class, dto -> {
            Outcome<Item> done = carryOvers.carryOverGoal(caller(), RequestNumbers.pathId(id), dto.toPeriod());
            return json(done.isSuccess() && done.value().result() == Result.CREATED ? Response.Status.CREATED
                    : Response.Status.OK, done, CarryOverDto.ItemDto::of);
        });
    }
}

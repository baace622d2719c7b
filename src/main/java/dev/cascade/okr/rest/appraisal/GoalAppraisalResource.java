package dev.cascade.okr.rest.appraisal;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.user.UserManager;
import dev.cascade.okr.core.port.AppraisalStore.StoredConfirmation;
import dev.cascade.okr.rest.http.RequestNumbers;
import dev.cascade.okr.rest.http.RestResource;
import dev.cascade.okr.service.appraisal.AppraisalService;
import dev.cascade.okr.service.appraisal.CarryOverService;
import dev.cascade.okr.service.appraisal.CarryOverService.Item;
import dev.cascade.okr.service.appraisal.CarryOverService.Result;
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
 * {@code /rest/cascade/1.0/goals/{id}/...}: the appraisal side of a goal. A separate class from the goals resource so
 * that each can change alone; Jersey merges root resources with the same path. Licensed users at the door; the
 * services check who may see and change the goal.
 * <ul>
 * <li>{@code achievement}: the achievement rate a goal's key-result evidence gives now, with every line of the
 * derivation (what a manager assessment would be made over). Appraisal data of the goal's owner: read by the owner,
 * their managers and app administrators; 404 for everybody else.</li>
 * <li>{@code confirmation}: the agreement on a goal by its owner and the owner's manager. Seen by whoever may see the
 * owner's appraisal data (else 404); a step by a non-party answers 403.</li>
 * <li>{@code carry-over}: {@code POST {toPeriod}} carries one goal's unfinished key results into a draft of the next
 * period, by whoever may change the goal; running twice creates nothing new.</li>
 * <li>{@code carried-from}: where a draft made by a carry-over came from and what its appraisal suggested; read by
 * those who may see its owner's appraisal data (404 for others and for other goals).</li>
 * </ul>
 */
@Path("/goals")
@LicensedOnly
@Produces(MediaType.APPLICATION_JSON)
public class GoalAppraisalResource extends RestResource {

    private final AppraisalService appraisals;
    private final CarryOverService carryOvers;

    /** Created by the REST module with the plugin's beans and host services. */
    @Inject
    public GoalAppraisalResource(AppraisalService appraisals, CarryOverService carryOvers,
            @ComponentImport UserManager users, @ComponentImport I18nResolver i18n) {
        super(users, i18n);
        this.appraisals = appraisals;
        this.carryOvers = carryOvers;
    }

    /** The derivation now. */
    @GET
    @Path("/{id}/achievement")
    public Response achievement(@PathParam("id") String id) {
        return ok(appraisals.achievement(caller(), goal(id)),
                achievement -> AppraisalAchievementDto.of(achievement, i18n));
    }

    /** The confirmation; version 0 before anybody acted; state {@code no-manager} when the owner has no manager. */
    @GET
    @Path("/{id}/confirmation")
    public Response confirmation(@PathParam("id") String id) {
        return ok(appraisals.confirmation(caller(), goal(id)), ConfirmationDto::of);
    }

    /** The caller confirms: {@code {version}}. */
    @POST
    @Path("/{id}/confirmation/confirm")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response confirm(@PathParam("id") String id, String body) {
        return withVersion(body, ConfirmationVersionDto.class, ConfirmationVersionDto::version,
                (dto, version) -> confirmation(appraisals.confirm(caller(), goal(id), version)));
    }

    /** The caller objects: {@code {version, reason}}. */
    @POST
    @Path("/{id}/confirmation/object")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response object(@PathParam("id") String id, String body) {
        return withVersion(body, ConfirmationObjectionDto.class, ConfirmationObjectionDto::version,
                (dto, version) -> confirmation(appraisals.object(caller(), goal(id), version, dto.reason())));
    }

    /** The caller resolves the other side's objection: {@code {version, objection, resolution}}. */
    @POST
    @Path("/{id}/confirmation/resolve")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response resolve(@PathParam("id") String id, String body) {
        return withVersion(body, ConfirmationResolutionDto.class, ConfirmationResolutionDto::version,
                (dto, version) -> {
                    Outcome<Integer> objection = RequestNumbers.requiredInt(dto.objection(), "objection");
                    return objection.isSuccess() ? confirmation(appraisals.resolve(caller(), goal(id), version,
                            objection.value(), dto.resolution())) : failure(objection);
                });
    }

    /** Carries one goal: 201 with the draft when created, 200 when skipped. */
    @POST
    @Path("/{id}/carry-over")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response carryOverGoal(@PathParam("id") String id, String body) {
        return withBody(body, CarryOverGoalDto.class, dto -> {
            Outcome<Item> done = carryOvers.carryOverGoal(caller(), goal(id), dto.toPeriod());
            return json(done.isSuccess() && done.value().result() == Result.CREATED ? Response.Status.CREATED
                    : Response.Status.OK, done, CarryOverDto.ItemDto::of);
        });
    }

    /** Where a draft came from, with its appraisal's suggestion. */
    @GET
    @Path("/{id}/carried-from")
    public Response carriedFrom(@PathParam("id") String id) {
        return ok(carryOvers.origin(caller(), goal(id)), CarryOverDto.OriginDto::of);
    }

    private static long goal(String id) {
        return RequestNumbers.pathId(id);
    }

    private Response confirmation(Outcome<StoredConfirmation> outcome) {
        return ok(outcome, ConfirmationDto::of);
    }
}

package dev.cascade.okr.rest.appraisal;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import dev.cascade.okr.core.port.AppraisalStore.StoredConfirmation;
import dev.cascade.okr.rest.http.RequestNumbers;
import dev.cascade.okr.rest.http.RestHost;
import dev.cascade.okr.rest.http.RestResource;
import dev.cascade.okr.service.appraisal.AppraisalService;
import dev.cascade.okr.service.appraisal.CarryOverService;
import dev.cascade.okr.service.appraisal.CarryOverService.Item;
import dev.cascade.okr.service.appraisal.CarryOverService.Result;
import dev.cascade.okr.service.kernel.Outcome;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The appraisal side of a goal: {@code /rest/cascade/1.0/goals/{id}/confirmation}, the agreement on a goal by its
 * owner and the owner's manager; {@code /goals/{id}/achievement}, the achievement rate its evidence gives now;
 * {@code /goals/{id}/carry-over}, its unfinished key results carried into a draft of the next period; and
 * {@code /goals/{id}/carried-from}, where such a draft came from. Confirmation, achievement and origin are seen by
 * whoever may see the owner's appraisal data (else 404); a confirmation step by a non-party answers 403; a carry-over
 * is made by whoever may change the goal. Jersey merges root resources with the same path, so this one serves beside
 * the goals resource.
 */
@Path("/goals")
@LicensedOnly
@Produces(MediaType.APPLICATION_JSON)
public class GoalAppraisalResource extends RestResource {

    private final AppraisalService appraisals;
    private final CarryOverService carryOvers;

    /** Created by the REST module with the plugin's beans and host services. */
    @Inject
    public GoalAppraisalResource(AppraisalService appraisals, CarryOverService carryOvers, RestHost host) {
        super(host);
        this.appraisals = appraisals;
        this.carryOvers = carryOvers;
    }

    /** The confirmation; version 0 before anybody acted; state {@code no-manager} when the owner has no manager. */
    @GET
    @Path("/{id}/confirmation")
    public Response get(@PathParam("id") String id) {
        return ok(appraisals.confirmation(caller(), goal(id)), ConfirmationDto::of);
    }

    /** The caller confirms: {@code {version}}. */
    @POST
    @Path("/{id}/confirmation/confirm")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response confirm(@PathParam("id") String id, String body) {
        return withVersion(body, ConfirmationVersionDto.class, ConfirmationVersionDto::version,
                (dto, version) -> answer(appraisals.confirm(caller(), goal(id), version)));
    }

    /** The caller objects: {@code {version, reason}}. */
    @POST
    @Path("/{id}/confirmation/object")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response object(@PathParam("id") String id, String body) {
        return withVersion(body, ConfirmationObjectionDto.class, ConfirmationObjectionDto::version,
                (dto, version) -> answer(appraisals.object(caller(), goal(id), version, dto.reason())));
    }

    /** The caller resolves the other side's objection: {@code {version, objection, resolution}}. */
    @POST
    @Path("/{id}/confirmation/resolve")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response resolve(@PathParam("id") String id, String body) {
        return withVersion(body, ConfirmationResolutionDto.class, ConfirmationResolutionDto::version,
                (dto, version) -> then(RequestNumbers.requiredInt(dto.objection(), "objection"), objection -> answer(
                        appraisals.resolve(caller(), goal(id), version, objection, dto.resolution()))));
    }

    /**
     * The achievement rate the goal's key-result evidence gives now, with every line of the derivation (what a manager
     * assessment would be made over).
     */
    @GET
    @Path("/{id}/achievement")
    public Response achievement(@PathParam("id") String id) {
        return ok(appraisals.achievement(caller(), goal(id)),
                achievement -> AppraisalAchievementDto.of(achievement, i18n));
    }

    /**
     * Carries the goal's unfinished key results into a draft of {@code toPeriod}: 201 with the draft when created, 200
     * when skipped; running twice creates nothing new.
     */
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

    /** Where a draft made by a carry-over came from, with its appraisal's suggestion (404 for other goals). */
    @GET
    @Path("/{id}/carried-from")
    public Response carriedFrom(@PathParam("id") String id) {
        return ok(carryOvers.origin(caller(), goal(id)), CarryOverDto.OriginDto::of);
    }

    private static long goal(String id) {
        return RequestNumbers.pathId(id);
    }

    private Response answer(Outcome<StoredConfirmation> outcome) {
        return ok(outcome, ConfirmationDto::of);
    }
}

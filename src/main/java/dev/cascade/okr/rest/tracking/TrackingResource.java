package dev.cascade.okr.rest.tracking;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import dev.cascade.okr.core.model.KeyResultId;
import dev.cascade.okr.core.tracking.CheckInDraft;
import dev.cascade.okr.core.tracking.PlanGranularity;
import dev.cascade.okr.core.validation.Violation;
import dev.cascade.okr.core.validation.ViolationCode;
import dev.cascade.okr.rest.http.RestHost;
import dev.cascade.okr.rest.http.RestResource;
import dev.cascade.okr.service.kernel.Outcome;
import dev.cascade.okr.service.tracking.ProgressSeriesService;
import dev.cascade.okr.service.tracking.TrackingService;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * {@code /rest/cascade/1.0/key-results/{id}/...}: a key result's plan, check-ins and target adjustments. Check-ins
 * are immutable, so there is no PUT or DELETE on them (the REST stack answers 405). Licensed users at the door; the
 * service checks who may see and change the key result's goal for every call.
 */
@Path("/key-results")
@LicensedOnly
@Produces(MediaType.APPLICATION_JSON)
public class TrackingResource extends RestResource {

    private static final int DEFAULT_LIMIT = 20;

    private final TrackingService tracking;
    private final ProgressSeriesService series;
    private final PathId<KeyResultId> keyResultIds = pathId(KeyResultId::new,
            id -> unknownId(ViolationCode.KEY_RESULT_NOT_FOUND, "id", id));

    /** Created by the REST module with the plugin's beans and host services. */
    @Inject
    public TrackingResource(TrackingService tracking, ProgressSeriesService series, RestHost host) {
        super(host);
        this.tracking = tracking;
        this.series = series;
    }

    /** The plan; version 0 and no values when there is none yet. */
    @GET
    @Path("/{id}/plan")
    public Response plan(@PathParam("id") String id) {
        return keyResultIds.with(id, keyResult -> ok(tracking.plan(caller(), keyResult), PlanDto::of));
    }

    /** Replaces the plan; 409 with {@code current} when the version is stale. */
    @PUT
    @Path("/{id}/plan")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response putPlan(@PathParam("id") String id, String body) {
        return keyResultIds.withBody(id, body, PlanUpdateDto.class, (keyResult, plan) -> ok(
                tracking.putPlan(caller(), keyResult, plan.version(), granularity(plan.granularity()), plan.values()),
                PlanDto::of));
    }

    /** One page of check-ins, newest first: {@code ?offset=0&limit=20}. */
    @GET
    @Path("/{id}/check-ins")
    public Response checkIns(@PathParam("id") String id, @QueryParam("offset") String offset,
            @QueryParam("limit") String limit) {
        return keyResultIds.with(id, keyResult -> {
            Integer from = offset == null ? Integer.valueOf(0) : integer(offset);
            Integer size = limit == null ? Integer.valueOf(DEFAULT_LIMIT) : integer(limit);
            if (from == null || size == null) {
                return failure(Outcome.failure(Outcome.Failure.INVALID,
                        Violation.of(ViolationCode.REQUEST_WRONG_TYPE, from == null ? "offset" : "limit")));
            }
            return json(Response.Status.OK, tracking.checkIns(caller(), keyResult, from, size),
                    page -> new CheckInPageDto(page.checkIns().stream().map(CheckInDto::of).toList(), from, size,
                            page.total()));
        });
    }

    /** Appends a check-in by the caller; 201 with it and core's warnings. */
    @POST
    @Path("/{id}/check-ins")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response checkIn(@PathParam("id") String id, String body) {
        return keyResultIds.withBody(id, body, CheckInInputDto.class, (keyResult, input) -> {
            Outcome<CheckInDraft> draft = input.toDraft(keyResult);
            return draft.isSuccess() ? json(Response.Status.CREATED, tracking.checkIn(caller(), draft.value()),
                    recorded -> new CheckInCreatedDto(CheckInDto.of(recorded.checkIn()),
                            recorded.warnings().stream().map(w -> w.code().code()).toList()))
                    : failure(draft);
        });
    }

    /** The target adjustments. */
    @GET
    @Path("/{id}/adjustments")
    public Response adjustments(@PathParam("id") String id) {
        return keyResultIds.with(id, keyResult -> answer(Response.Status.OK, tracking.adjustments(caller(), keyResult),
                TrackingAdjustmentsDto::of));
    }

    /** Proposes a new target; 201 with the history, 409 with {@code current} when the version is stale. */
    @POST
    @Path("/{id}/adjustments")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response propose(@PathParam("id") String id, String body) {
        return keyResultIds.withBody(id, body, TrackingAdjustmentProposalDto.class, (keyResult, p) -> answer(
                Response.Status.CREATED, tracking.propose(caller(), keyResult, p.version(), p.newTarget(), p.reason(),
                        p.approverKey(), p.effectiveFrom()), TrackingAdjustmentsDto::of));
    }

    /** Approves or rejects the pending adjustment; its named approver only. */
    @POST
    @Path("/{id}/adjustments/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response decide(@PathParam("id") String id, String body) {
        return keyResultIds.withBody(id, body, TrackingAdjustmentDecisionDto.class, (keyResult, d) -> answer(
                Response.Status.OK, tracking.decide(caller(), keyResult, d.version(), d.approve(), d.comment()),
                TrackingAdjustmentsDto::of));
    }

    private static PlanGranularity granularity(String text) {
        if ("quarter".equals(text)) {
            return PlanGranularity.QUARTER;
        }
        return "month".equals(text) ? PlanGranularity.MONTH : null;
    }

    private static Integer integer(String text) {
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * The key result's daily progress series, {@code ?from=2026-01-01&to=2026-12-31} (both optional: the goal
     * period's start and today); for charts.
     */
    @GET
    @Path("/{id}/history")
    public Response history(@PathParam("id") String id, @QueryParam("from") String from,
            @QueryParam("to") String to) {
        return keyResultIds.with(id, keyResult -> ok(series.keyResult(caller(), keyResult, from, to),
                ProgressHistoryDto::of));
    }
}

package dev.cascade.okr.rest.tracking;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.user.UserManager;
import dev.cascade.okr.core.model.KeyResultId;
import dev.cascade.okr.core.tracking.CheckInDraft;
import dev.cascade.okr.core.tracking.PlanGranularity;
import dev.cascade.okr.core.validation.Violation;
import dev.cascade.okr.core.validation.ViolationCode;
import dev.cascade.okr.rest.http.Callers;
import dev.cascade.okr.rest.http.JsonBodies;
import dev.cascade.okr.rest.http.RestResponses;
import dev.cascade.okr.service.kernel.Caller;
import dev.cascade.okr.service.kernel.Outcome;
import dev.cascade.okr.service.tracking.ProgressSeriesService;
import dev.cascade.okr.service.tracking.TrackingService;
import dev.cascade.okr.service.tracking.TrackingService.Adjustments;
import dev.cascade.okr.service.tracking.TrackingService.CheckInPage;
import dev.cascade.okr.service.tracking.TrackingService.PlanState;
import dev.cascade.okr.service.tracking.TrackingService.RecordedCheckIn;
import java.util.Optional;
import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

/**
 * {@code /rest/cascade/1.0/key-results/{id}/...}: a key result's plan, check-ins and target adjustments. Check-ins
 * are immutable, so there is no PUT or DELETE on them (the REST stack answers 405). Licensed users at the door; the
 * service checks who may see and change the key result's goal for every call.
 */
@Path("/key-results")
@LicensedOnly
@Produces(MediaType.APPLICATION_JSON)
public class TrackingResource {

    private static final int DEFAULT_LIMIT = 20;

    private final TrackingService tracking;
    private final ProgressSeriesService series;
    private final UserManager users;
    private final I18nResolver i18n;

    /** Created by the REST module with the plugin's beans and host services. */
    @Inject
    public TrackingResource(TrackingService tracking, ProgressSeriesService series,
            @ComponentImport UserManager users, @ComponentImport I18nResolver i18n) {
        this.tracking = tracking;
        this.series = series;
        this.users = users;
        this.i18n = i18n;
    }

    /** The plan; version 0 and no values when there is none yet. */
    @GET
    @Path("/{id}/plan")
    public Response plan(@PathParam("id") String id) {
        Optional<KeyResultId> keyResult = keyResultId(id);
        if (keyResult.isEmpty()) {
            return notFound(id);
        }
        Outcome<PlanState> found = tracking.plan(caller(), keyResult.get());
        return RestResponses.ok(found, i18n, PlanDto::of);
    }

    /** Replaces the plan; 409 with {@code current} when the version is stale. */
    @PUT
    @Path("/{id}/plan")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response putPlan(@PathParam("id") String id, String body) {
        Optional<KeyResultId> keyResult = keyResultId(id);
        if (keyResult.isEmpty()) {
            return notFound(id);
        }
        Outcome<PlanUpdateDto> parsed = JsonBodies.read(body, PlanUpdateDto.class);
        if (!parsed.isSuccess()) {
            return RestResponses.failure(parsed, i18n);
        }
        PlanUpdateDto plan = parsed.value();
        Outcome<PlanState> put = tracking.putPlan(caller(), keyResult.get(), plan.version(),
                granularity(plan.granularity()), plan.values());
        return RestResponses.ok(put, i18n, PlanDto::of);
    }

    /** One page of check-ins, newest first: {@code ?offset=0&limit=20}. */
    @GET
    @Path("/{id}/check-ins")
    public Response checkIns(@PathParam("id") String id, @QueryParam("offset") String offset,
            @QueryParam("limit") String limit) {
        Optional<KeyResultId> keyResult = keyResultId(id);
        if (keyResult.isEmpty()) {
            return notFound(id);
        }
        Integer from = offset == null ? Integer.valueOf(0) : integer(offset);
        Integer size = limit == null ? Integer.valueOf(DEFAULT_LIMIT) : integer(limit);
        if (from == null || size == null) {
            return RestResponses.failure(Outcome.failure(Outcome.Failure.INVALID,
                    Violation.of(ViolationCode.REQUEST_WRONG_TYPE, from == null ? "offset" : "limit")), i18n);
        }
        Outcome<CheckInPage> page = tracking.checkIns(caller(), keyResult.get(), from, size);
        return page.isSuccess()
                ? RestResponses.json(Response.Status.OK, new CheckInPageDto(
                        page.value().checkIns().stream().map(CheckInDto::of).toList(), from, size,
                        page.value().total()))
                : RestResponses.failure(page, i18n);
    }

    /** Appends a check-in by the caller; 201 with it and core's warnings. */
    @POST
    @Path("/{id}/check-ins")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response checkIn(@PathParam("id") String id, String body) {
        Optional<KeyResultId> keyResult = keyResultId(id);
        if (keyResult.isEmpty()) {
            return notFound(id);
        }
        Outcome<CheckInInputDto> parsed = JsonBodies.read(body, CheckInInputDto.class);
        if (!parsed.isSuccess()) {
            return RestResponses.failure(parsed, i18n);
        }
        Outcome<CheckInDraft> draft = parsed.value().toDraft(keyResult.get());
        if (!draft.isSuccess()) {
            return RestResponses.failure(draft, i18n);
        }
        Outcome<RecordedCheckIn> recorded = tracking.checkIn(caller(), draft.value());
        return recorded.isSuccess()
                ? RestResponses.json(Response.Status.CREATED, new CheckInCreatedDto(
                        CheckInDto.of(recorded.value().checkIn()),
                        recorded.value().warnings().stream().map(w -> w.code().code()).toList()))
                : RestResponses.failure(recorded, i18n);
    }

    /** The target adjustments. */
    @GET
    @Path("/{id}/adjustments")
    public Response adjustments(@PathParam("id") String id) {
        Optional<KeyResultId> keyResult = keyResultId(id);
        if (keyResult.isEmpty()) {
            return notFound(id);
        }
        return adjustmentsResponse(tracking.adjustments(caller(), keyResult.get()), Response.Status.OK);
    }

    /** Proposes a new target; 201 with the history, 409 with {@code current} when the version is stale. */
    @POST
    @Path("/{id}/adjustments")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response propose(@PathParam("id") String id, String body) {
        Optional<KeyResultId> keyResult = keyResultId(id);
        if (keyResult.isEmpty()) {
            return notFound(id);
        }
        Outcome<TrackingAdjustmentProposalDto> parsed = JsonBodies.read(body, TrackingAdjustmentProposalDto.class);
        if (!parsed.isSuccess()) {
            return RestResponses.failure(parsed, i18n);
        }
        TrackingAdjustmentProposalDto p = parsed.value();
        return adjustmentsResponse(tracking.propose(caller(), keyResult.get(), p.version(), p.newTarget(),
                p.reason(), p.approverKey(), p.effectiveFrom()), Response.Status.CREATED);
    }

    /** Approves or rejects the pending adjustment; its named approver only. */
    @POST
    @Path("/{id}/adjustments/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response decide(@PathParam("id") String id, String body) {
        Optional<KeyResultId> keyResult = keyResultId(id);
        if (keyResult.isEmpty()) {
            return notFound(id);
        }
        Outcome<TrackingAdjustmentDecisionDto> parsed = JsonBodies.read(body, TrackingAdjustmentDecisionDto.class);
        if (!parsed.isSuccess()) {
            return RestResponses.failure(parsed, i18n);
        }
        TrackingAdjustmentDecisionDto d = parsed.value();
        return adjustmentsResponse(tracking.decide(caller(), keyResult.get(), d.version(), d.approve(), d.comment()),
                Response.Status.OK);
    }

    private Response adjustmentsResponse(Outcome<Adjustments> outcome, Response.Status status) {
        return outcome.isSuccess() ? RestResponses.json(status, TrackingAdjustmentsDto.of(outcome.value()))
                : RestResponses.failure(outcome, i18n, TrackingAdjustmentsDto::of);
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
        Optional<KeyResultId> found = keyResultId(id);
        if (found.isEmpty()) {
            return notFound(id);
        }
        return RestResponses.ok(series.keyResult(caller(), found.get(), from, to), i18n, ProgressHistoryDto::of);
    }

    private static Optional<KeyResultId> keyResultId(String id) {
        try {
            long value = Long.parseLong(id);
            return value > 0 ? Optional.of(new KeyResultId(value)) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** An id that cannot exist: 401 for nobody signed in, as for every other id, else 404. */
    private Response notFound(String id) {
        Caller caller = caller();
        return RestResponses.failure(caller.userKey().isEmpty()
                ? Outcome.failure(Outcome.Failure.UNAUTHENTICATED, Violation.of(ViolationCode.NOT_AUTHENTICATED, null))
                : Outcome.failure(Outcome.Failure.NOT_FOUND,
                        Violation.of(ViolationCode.KEY_RESULT_NOT_FOUND, "id", id)), i18n);
    }

    private Caller caller() {
        return Callers.of(users);
    }
}

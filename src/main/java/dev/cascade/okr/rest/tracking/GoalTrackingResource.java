package dev.cascade.okr.rest.tracking;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.user.UserManager;
import dev.cascade.okr.core.model.ObjectiveId;
import dev.cascade.okr.core.validation.Violation;
import dev.cascade.okr.core.validation.ViolationCode;
import dev.cascade.okr.rest.http.Callers;
import dev.cascade.okr.rest.http.JsonBodies;
import dev.cascade.okr.rest.http.RestResponses;
import dev.cascade.okr.service.kernel.Caller;
import dev.cascade.okr.service.kernel.Outcome;
import dev.cascade.okr.service.tracking.ProgressSeriesService;
import dev.cascade.okr.service.tracking.TrackingService;
import dev.cascade.okr.service.tracking.TrackingService.Review;
import dev.cascade.okr.service.tracking.TrackingService.TrackingTable;
import java.util.Optional;
import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

/**
 * {@code /rest/cascade/1.0/goals/{id}/tracking} and {@code /goals/{id}/reviews/{quarter}}: the tracking side of a goal.
 * A separate class from the goals resource so that each can change alone; Jersey merges root resources with the same
 * path. Licensed users at the door; the service checks who may see and change the goal.
 */
@Path("/goals")
@LicensedOnly
@Produces(MediaType.APPLICATION_JSON)
public class GoalTrackingResource {

    private final TrackingService tracking;
    private final ProgressSeriesService series;
    private final UserManager users;
    private final I18nResolver i18n;

    /** Created by the REST module with the plugin's beans and host services. */
    @Inject
    public GoalTrackingResource(TrackingService tracking, ProgressSeriesService series,
            @ComponentImport UserManager users, @ComponentImport I18nResolver i18n) {
        this.tracking = tracking;
        this.series = series;
        this.users = users;
        this.i18n = i18n;
    }

    /** The tracking table for {@code ?period=2026-Q1} or {@code ?period=2026-01}. */
    @GET
    @Path("/{id}/tracking")
    public Response table(@PathParam("id") String id, @QueryParam("period") String period) {
        Optional<ObjectiveId> goal = objectiveId(id);
        if (goal.isEmpty()) {
            return notFound(id);
        }
        Outcome<TrackingTable> table = tracking.trackingTable(caller(), goal.get(), period);
        return RestResponses.ok(table, i18n, TrackingTableDto::of);
    }

    /** The quarterly review, e.g. {@code /reviews/2026-Q1}. */
    @GET
    @Path("/{id}/reviews/{quarter}")
    public Response review(@PathParam("id") String id, @PathParam("quarter") String quarter) {
        Optional<ObjectiveId> goal = objectiveId(id);
        if (goal.isEmpty()) {
            return notFound(id);
        }
        Outcome<Review> review = tracking.review(caller(), goal.get(), quarter);
        return RestResponses.ok(review, i18n, TrackingReviewDto::of);
    }

    /** Writes the review notes; 409 with {@code current} when the version is stale. */
    @PUT
    @Path("/{id}/reviews/{quarter}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response putReview(@PathParam("id") String id, @PathParam("quarter") String quarter, String body) {
        Optional<ObjectiveId> goal = objectiveId(id);
        if (goal.isEmpty()) {
            return notFound(id);
        }
        Outcome<TrackingReviewNotesDto> parsed = JsonBodies.read(body, TrackingReviewNotesDto.class);
        if (!parsed.isSuccess()) {
            return RestResponses.failure(parsed, i18n);
        }
        Outcome<Review> put = tracking.putReviewNotes(caller(), goal.get(), quarter, parsed.value().version(),
                parsed.value().toNotes());
        return RestResponses.ok(put, i18n, TrackingReviewDto::of);
    }

    /**
     * The goal's rolled-up daily progress series, {@code ?from=2026-01-01&to=2026-12-31} (both optional: the goal
     * period's start and today); for charts.
     */
    @GET
    @Path("/{id}/history")
    public Response history(@PathParam("id") String id, @QueryParam("from") String from,
            @QueryParam("to") String to) {
        Optional<ObjectiveId> found = objectiveId(id);
        if (found.isEmpty()) {
            return notFound(id);
        }
        return RestResponses.ok(series.goal(caller(), found.get(), from, to), i18n, ProgressHistoryDto::of);
    }

    private static Optional<ObjectiveId> objectiveId(String id) {
        try {
            long value = Long.parseLong(id);
            return value > 0 ? Optional.of(new ObjectiveId(value)) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** An id that cannot exist: 401 for nobody signed in, as for every other id, else 404. */
    private Response notFound(String id) {
        return RestResponses.failure(caller().userKey().isEmpty()
                ? Outcome.failure(Outcome.Failure.UNAUTHENTICATED, Violation.of(ViolationCode.NOT_AUTHENTICATED, null))
                : Outcome.failure(Outcome.Failure.NOT_FOUND,
                        Violation.of(ViolationCode.OBJECTIVE_NOT_FOUND, "id", id)), i18n);
    }

    private Caller caller() {
        return Callers.of(users);
    }
}

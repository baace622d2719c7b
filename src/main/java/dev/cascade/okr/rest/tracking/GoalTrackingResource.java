package dev.cascade.okr.rest.tracking;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import dev.cascade.okr.core.model.ObjectiveId;
import dev.cascade.okr.core.validation.ViolationCode;
import dev.cascade.okr.rest.http.RestHost;
import dev.cascade.okr.rest.http.RestResource;
import dev.cascade.okr.service.tracking.ProgressSeriesService;
import dev.cascade.okr.service.tracking.TrackingService;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * {@code /rest/cascade/1.0/goals/{id}/tracking} and {@code /goals/{id}/reviews/{quarter}}: the tracking side of a goal.
 * A separate class from the goals resource so that each can change alone; Jersey merges root resources with the same
 * path. Licensed users at the door; the service checks who may see and change the goal.
 */
@Path("/goals")
@LicensedOnly
@Produces(MediaType.APPLICATION_JSON)
public class GoalTrackingResource extends RestResource {

    private final TrackingService tracking;
    private final ProgressSeriesService series;
    private final PathId<ObjectiveId> goalIds = pathId(ObjectiveId::new,
            id -> unknownId(ViolationCode.OBJECTIVE_NOT_FOUND, "id", id));

    /** Created by the REST module with the plugin's beans and host services. */
    @Inject
    public GoalTrackingResource(TrackingService tracking, ProgressSeriesService series, RestHost host) {
        super(host);
        this.tracking = tracking;
        this.series = series;
    }

    /** The tracking table for {@code ?period=2026-Q1} or {@code ?period=2026-01}. */
    @GET
    @Path("/{id}/tracking")
    public Response table(@PathParam("id") String id, @QueryParam("period") String period) {
        return goalIds.with(id, goal -> ok(tracking.trackingTable(caller(), goal, period), TrackingTableDto::of));
    }

    /** The quarterly review, e.g. {@code /reviews/2026-Q1}. */
    @GET
    @Path("/{id}/reviews/{quarter}")
    public Response review(@PathParam("id") String id, @PathParam("quarter") String quarter) {
        return goalIds.with(id, goal -> ok(tracking.review(caller(), goal, quarter), TrackingReviewDto::of));
    }

    /** Writes the review notes; 409 with {@code current} when the version is stale. */
    @PUT
    @Path("/{id}/reviews/{quarter}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response putReview(@PathParam("id") String id, @PathParam("quarter") String quarter, String body) {
        return goalIds.with(id, goal -> withBody(body, TrackingReviewNotesDto.class, notes -> ok(
                tracking.putReviewNotes(caller(), goal, quarter, notes.version(), notes.toNotes()),
                TrackingReviewDto::of)));
    }

    /**
     * The goal's rolled-up daily progress series, {@code ?from=2026-01-01&to=2026-12-31} (both optional: the goal
     * period's start and today); for charts.
     */
    @GET
    @Path("/{id}/history")
    public Response history(@PathParam("id") String id, @QueryParam("from") String from,
            @QueryParam("to") String to) {
        return goalIds.with(id, goal -> ok(series.goal(caller(), goal, from, to), ProgressHistoryDto::of));
    }
}

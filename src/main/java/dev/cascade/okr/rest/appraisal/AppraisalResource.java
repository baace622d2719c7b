package dev.cascade.okr.rest.appraisal;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import dev.cascade.okr.core.port.AppraisalStore.StoredAppraisal;
import dev.cascade.okr.core.validation.Violation;
import dev.cascade.okr.core.validation.ViolationCode;
import dev.cascade.okr.rest.http.RequestNumbers;
import dev.cascade.okr.rest.http.RestHost;
import dev.cascade.okr.rest.http.RestResource;
import dev.cascade.okr.service.appraisal.AppraisalService;
import dev.cascade.okr.service.appraisal.AppraisalSummaryService;
import dev.cascade.okr.service.kernel.Outcome;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * {@code /rest/cascade/1.0/appraisals}: start, read, list by person, and the steps of the workflow. Appraisal data is
 * seen by the person appraised, their managers and app administrators; everybody else gets 404. A step by someone who
 * sees the appraisal but may not take the step answers 403; a step in the wrong state or with bad values 400; an old
 * {@code version} 409 with {@code current}.
 */
@Path("/appraisals")
@LicensedOnly
@Produces(MediaType.APPLICATION_JSON)
public class AppraisalResource extends RestResource {

    private final AppraisalService appraisals;
    private final AppraisalSummaryService summaries;

    /** Created by the REST module with the plugin's beans and host services. */
    @Inject
    public AppraisalResource(AppraisalService appraisals, AppraisalSummaryService summaries, RestHost host) {
        super(host);
        this.appraisals = appraisals;
        this.summaries = summaries;
    }

    /**
     * The grade distribution of a project's people ({@code ?project=KEY}) or of the organisation (no project) for
     * {@code ?period=}, counting only people whose appraisal data the caller may see; the scheme's guidance comes back
     * as warnings.
     */
    @GET
    @Path("/distribution")
    public Response distribution(@QueryParam("project") String project, @QueryParam("period") String period) {
        return ok(summaries.distribution(caller(), project, period), found -> GradeDistributionDto.of(found, i18n));
    }

    /** Starts the appraisal of a goal: 201 with the appraisal. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response start(String body) {
        return withBody(body, AppraisalStartDto.class, dto -> then(RequestNumbers.requiredInt(dto.objectiveId(),
                "objectiveId"), goal -> appraisal(Response.Status.CREATED, appraisals.start(caller(), goal))));
    }

    /** The appraisals of a person: {@code ?person=userKey}. */
    @GET
    public Response list(@QueryParam("person") String person) {
        return json(Response.Status.OK, appraisals.appraisalsOf(caller(), person),
                found -> found.stream().map(AppraisalDto.of(i18n)).toList());
    }

    /** One appraisal. */
    @GET
    @Path("/{id}")
    public Response get(@PathParam("id") String id) {
        return appraisal(appraisals.appraisal(caller(), RequestNumbers.pathId(id)));
    }

    /** The self-assessment: {@code {version, score, comment}}. */
    @POST
    @Path("/{id}/self-assessment")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response selfAssess(@PathParam("id") String id, String body) {
        return withVersion(body, AppraisalSelfAssessmentDto.class, AppraisalSelfAssessmentDto::version,
                (dto, version) -> then(RequestNumbers.requiredInt(dto.score(), "score"), score -> appraisal(
                        appraisals.selfAssess(caller(), RequestNumbers.pathId(id), version, score, dto.comment()))));
    }

    /**
     * The manager's assessment: {@code {version, processScore, comment, suggestion}}, over the achievement rate the
     * goal's evidence gives; {@code achievementRate} with a {@code reason} overrides that rate.
     */
    @POST
    @Path("/{id}/manager-assessment")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response managerAssess(@PathParam("id") String id, String body) {
        return withVersion(body, AppraisalManagerAssessmentDto.class, AppraisalManagerAssessmentDto::version,
                (dto, version) -> {
                    Outcome<Integer> score = RequestNumbers.requiredInt(dto.processScore(), "processScore");
                    Outcome<Optional<BigDecimal>> rate = RequestNumbers.optionalDecimal(dto.achievementRate(),
                            "achievementRate");
                    return firstFailure(score, rate).orElseGet(() -> appraisal(appraisals.managerAssess(caller(),
                            RequestNumbers.pathId(id), version, rate.value().orElse(null), dto.reason(),
                            score.value(), dto.comment(), dto.suggestion())));
                });
    }

    /** The sign-off of the person appraised: {@code {version}}. */
    @POST
    @Path("/{id}/sign-off")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response signOff(@PathParam("id") String id, String body) {
        return withVersion(body, AppraisalVersionDto.class, AppraisalVersionDto::version, (dto, version) ->
                appraisal(appraisals.signOff(caller(), RequestNumbers.pathId(id), version)));
    }

    /** The appeal: {@code {version, reason}}. */
    @POST
    @Path("/{id}/appeal")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response appeal(@PathParam("id") String id, String body) {
        return withVersion(body, AppraisalAppealDto.class, AppraisalAppealDto::version, (dto, version) ->
                appraisal(appraisals.appeal(caller(), RequestNumbers.pathId(id), version, dto.reason())));
    }

    /** The appeal's resolution: {@code {version, outcome: upheld|revised, processScore?, comment}}. */
    @POST
    @Path("/{id}/appeal-resolution")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response resolveAppeal(@PathParam("id") String id, String body) {
        return withVersion(body, AppraisalAppealResolutionDto.class, AppraisalAppealResolutionDto::version,
                (dto, version) -> {
                    if (!"upheld".equals(dto.outcome()) && !"revised".equals(dto.outcome())) {
                        return failure(Outcome.failure(Outcome.Failure.INVALID,
                                Violation.of(ViolationCode.APPRAISAL_OUTCOME_INVALID, "outcome")));
                    }
                    if (dto.processScore() == null) {
                        return resolved(id, version, dto, null);
                    }
                    return then(RequestNumbers.requiredInt(dto.processScore(), "processScore"),
                            score -> resolved(id, version, dto, score));
                });
    }

    private Response resolved(String id, long version, AppraisalAppealResolutionDto dto, Integer processScore) {
        return appraisal(appraisals.resolveAppeal(caller(), RequestNumbers.pathId(id), version,
                "revised".equals(dto.outcome()), processScore, dto.comment()));
    }

    /** 200 with the appraisal, or the failure (a conflict with its current state mapped alike). */
    private Response appraisal(Outcome<StoredAppraisal> outcome) {
        return appraisal(Response.Status.OK, outcome);
    }

    private Response appraisal(Response.Status status, Outcome<StoredAppraisal> outcome) {
        return answer(status, outcome, AppraisalDto.of(i18n));
    }
}

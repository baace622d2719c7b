package dev.cascade.okr.rest.appraisal;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.user.UserManager;
import dev.cascade.okr.core.port.AppraisalStore.StoredAppraisal;
import dev.cascade.okr.core.validation.Violation;
import dev.cascade.okr.core.validation.ViolationCode;
import dev.cascade.okr.rest.http.Callers;
import dev.cascade.okr.rest.http.JsonBodies;
import dev.cascade.okr.rest.http.RequestNumbers;
import dev.cascade.okr.rest.http.RestResponses;
import dev.cascade.okr.service.appraisal.AppraisalService;
import dev.cascade.okr.service.appraisal.AppraisalSummaryService;
import dev.cascade.okr.service.kernel.Caller;
import dev.cascade.okr.service.kernel.Outcome;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

/**
 * {@code /rest/cascade/1.0/appraisals}: start, read, list by person, and the steps of the workflow. Appraisal data is
 * seen by the person appraised, their managers and app administrators; everybody else gets 404. A step by someone who
 * sees the appraisal but may not take the step answers 403; a step in the wrong state or with bad values 400; an old
 * {@code version} 409 with {@code current}.
 */
@Path("/appraisals")
@LicensedOnly
@Produces(MediaType.APPLICATION_JSON)
public class AppraisalResource {

    private final AppraisalService appraisals;
    private final AppraisalSummaryService summaries;
    private final UserManager users;
    private final I18nResolver i18n;

    /** Created by the REST module with the plugin's beans and host services. */
    @Inject
    public AppraisalResource(AppraisalService appraisals, AppraisalSummaryService summaries,
            @ComponentImport UserManager users, @ComponentImport I18nResolver i18n) {
        this.appraisals = appraisals;
        this.summaries = summaries;
        this.users = users;
        this.i18n = i18n;
    }

    /**
     * The grade distribution of a project's people ({@code ?project=KEY}) or of the organisation (no project) for
     * {@code ?period=}, counting only people whose appraisal data the caller may see; the scheme's guidance comes back
     * as warnings.
     */
    @GET
    @Path("/distribution")
    public Response distribution(@QueryParam("project") String project, @QueryParam("period") String period) {
        return RestResponses.ok(summaries.distribution(caller(), project, period), i18n,
                found -> GradeDistributionDto.of(found, i18n));
    }

    /** Starts the appraisal of a goal: 201 with the appraisal. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response start(String body) {
        Outcome<AppraisalStartDto> parsed = JsonBodies.read(body, AppraisalStartDto.class);
        if (!parsed.isSuccess()) {
            return RestResponses.failure(parsed, i18n);
        }
        Outcome<Integer> id = RequestNumbers.requiredInt(parsed.value().objectiveId(), "objectiveId");
        if (!id.isSuccess()) {
            return RestResponses.failure(id, i18n);
        }
        return answer(Response.Status.CREATED, appraisals.start(caller(), id.value()));
    }

    /** The appraisals of a person: {@code ?person=userKey}. */
    @GET
    public Response list(@QueryParam("person") String person) {
        Outcome<List<StoredAppraisal>> found = appraisals.appraisalsOf(caller(), person);
        return found.isSuccess()
                ? RestResponses.json(Response.Status.OK,
                        found.value().stream().map(AppraisalDto.of(i18n)).toList())
                : RestResponses.failure(found, i18n);
    }

    /** One appraisal. */
    @GET
    @Path("/{id}")
    public Response get(@PathParam("id") String id) {
        return answer(Response.Status.OK, appraisals.appraisal(caller(), RequestNumbers.pathId(id)));
    }

    /** The self-assessment: {@code {version, score, comment}}. */
    @POST
    @Path("/{id}/self-assessment")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response selfAssess(@PathParam("id") String id, String body) {
        Outcome<AppraisalSelfAssessmentDto> parsed = JsonBodies.read(body, AppraisalSelfAssessmentDto.class);
        if (!parsed.isSuccess()) {
            return RestResponses.failure(parsed, i18n);
        }
        AppraisalSelfAssessmentDto dto = parsed.value();
        Outcome<Long> version = RequestNumbers.version(dto.version());
        Outcome<Integer> score = RequestNumbers.requiredInt(dto.score(), "score");
        Optional<Response> bad = firstFailure(version, score);
        if (bad.isPresent()) {
            return bad.get();
        }
        return answer(Response.Status.OK, appraisals.selfAssess(caller(), RequestNumbers.pathId(id), version.value(),
                score.value(), dto.comment()));
    }

    /**
     * The manager's assessment: {@code {version, processScore, comment, suggestion}}, over the achievement rate the
     * goal's evidence gives; {@code achievementRate} with a {@code reason} overrides that rate.
     */
    @POST
    @Path("/{id}/manager-assessment")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response managerAssess(@PathParam("id") String id, String body) {
        Outcome<AppraisalManagerAssessmentDto> parsed = JsonBodies.read(body, AppraisalManagerAssessmentDto.class);
        if (!parsed.isSuccess()) {
            return RestResponses.failure(parsed, i18n);
        }
        AppraisalManagerAssessmentDto dto = parsed.value();
        Outcome<Long> version = RequestNumbers.version(dto.version());
        Outcome<Integer> score = RequestNumbers.requiredInt(dto.processScore(), "processScore");
        Outcome<Optional<BigDecimal>> rate = RequestNumbers.optionalDecimal(dto.achievementRate(), "achievementRate");
        Optional<Response> bad = firstFailure(version, score, rate);
        if (bad.isPresent()) {
            return bad.get();
        }
        return answer(Response.Status.OK, appraisals.managerAssess(caller(), RequestNumbers.pathId(id),
                version.value(), rate.value().orElse(null), dto.reason(), score.value(), dto.comment(),
                dto.suggestion()));
    }

    /** The sign-off of the person appraised: {@code {version}}. */
    @POST
    @Path("/{id}/sign-off")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response signOff(@PathParam("id") String id, String body) {
        Outcome<AppraisalVersionDto> parsed = JsonBodies.read(body, AppraisalVersionDto.class);
        if (!parsed.isSuccess()) {
            return RestResponses.failure(parsed, i18n);
        }
        Outcome<Long> version = RequestNumbers.version(parsed.value().version());
        if (!version.isSuccess()) {
            return RestResponses.failure(version, i18n);
        }
        return answer(Response.Status.OK, appraisals.signOff(caller(), RequestNumbers.pathId(id), version.value()));
    }

    /** The appeal: {@code {version, reason}}. */
    @POST
    @Path("/{id}/appeal")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response appeal(@PathParam("id") String id, String body) {
        Outcome<AppraisalAppealDto> parsed = JsonBodies.read(body, AppraisalAppealDto.class);
        if (!parsed.isSuccess()) {
            return RestResponses.failure(parsed, i18n);
        }
        Outcome<Long> version = RequestNumbers.version(parsed.value().version());
        if (!version.isSuccess()) {
            return RestResponses.failure(version, i18n);
        }
        return answer(Response.Status.OK, appraisals.appeal(caller(), RequestNumbers.pathId(id), version.value(),
                parsed.value().reason()));
    }

    /** The appeal's resolution: {@code {version, outcome: upheld|revised, processScore?, comment}}. */
    @POST
    @Path("/{id}/appeal-resolution")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response resolveAppeal(@PathParam("id") String id, String body) {
        Outcome<AppraisalAppealResolutionDto> parsed = JsonBodies.read(body, AppraisalAppealResolutionDto.class);
        if (!parsed.isSuccess()) {
            return RestResponses.failure(parsed, i18n);
        }
        AppraisalAppealResolutionDto dto = parsed.value();
        Outcome<Long> version = RequestNumbers.version(dto.version());
        if (!version.isSuccess()) {
            return RestResponses.failure(version, i18n);
        }
        if (!"upheld".equals(dto.outcome()) && !"revised".equals(dto.outcome())) {
            return RestResponses.failure(Outcome.failure(Outcome.Failure.INVALID,
                    Violation.of(ViolationCode.APPRAISAL_OUTCOME_INVALID, "outcome")), i18n);
        }
        Integer processScore = null;
        if (dto.processScore() != null) {
            Outcome<Integer> score = RequestNumbers.requiredInt(dto.processScore(), "processScore");
            if (!score.isSuccess()) {
                return RestResponses.failure(score, i18n);
            }
            processScore = score.value();
        }
        return answer(Response.Status.OK, appraisals.resolveAppeal(caller(), RequestNumbers.pathId(id),
                version.value(), "revised".equals(dto.outcome()), processScore, dto.comment()));
    }

    private Optional<Response> firstFailure(Outcome<?>... outcomes) {
        for (Outcome<?> outcome : outcomes) {
            if (!outcome.isSuccess()) {
                return Optional.of(RestResponses.failure(outcome, i18n));
            }
        }
        return Optional.empty();
    }

    private Response answer(Response.Status status, Outcome<StoredAppraisal> outcome) {
        return outcome.isSuccess() ? RestResponses.json(status, AppraisalDto.of(outcome.value(), i18n))
                : RestResponses.failure(outcome, i18n, AppraisalDto.of(i18n));
    }

    private Caller caller() {
        return Callers.of(users);
    }
}

package dev.cascade.okr.rest.settings;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import dev.cascade.okr.core.validation.Violation;
import dev.cascade.okr.core.validation.ViolationCode;
import dev.cascade.okr.rest.http.RequestNumbers;
import dev.cascade.okr.rest.http.RestHost;
import dev.cascade.okr.rest.http.RestResource;
import dev.cascade.okr.service.kernel.Outcome;
import dev.cascade.okr.service.settings.AdministrationService;
import dev.cascade.okr.service.settings.SettingsService;
import dev.cascade.okr.web.page.Formats;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * {@code /rest/cascade/1.0/settings}: the appraisal scheme, the levels, the tracking thresholds, the check-in cadence,
 * how issues count ({@code issue-progress}) and the default partial-credit weights ({@code status-weights}). Every
 * signed-in user reads them; only app administrators change them (403 for others). Each is read and written in the
 * same shape with a {@code version} (0 while never saved); an old version answers 409 with {@code current}.
 */
@Path("/settings")
@LicensedOnly
@Produces(MediaType.APPLICATION_JSON)
public class SettingsResource extends RestResource {

    private static final int AUDIT_PAGE = 20;

    private final SettingsService settings;
    private final AdministrationService administration;

    /** Created by the REST module with the plugin's beans and host services. */
    @Inject
    public SettingsResource(SettingsService settings, AdministrationService administration, RestHost host) {
        super(host);
        this.settings = settings;
        this.administration = administration;
    }

    /**
     * The audit list (issue 14): every saved change of a setting, newest first, {@code limit} (1–100, default 20) from
     * {@code offset} (default 0); app administrators only.
     */
    @GET
    @Path("/audit")
    public Response audit(@QueryParam("offset") String offset, @QueryParam("limit") String limit) {
        Integer skip = offset == null ? Integer.valueOf(0) : queryNumber(offset);
        Integer size = limit == null ? Integer.valueOf(AUDIT_PAGE) : queryNumber(limit);
        int from = skip == null ? -1 : skip;
        int count = size == null ? -1 : size;
        return ok(administration.audit(caller(), from, count),
                page -> SettingsAuditDto.of(page, from, count, Formats.of(i18n::getText).i18n()));
    }

    /**
     * Imports who manages whom from a CSV file (issue 14): {@code {"file":"<base64>"}}; app administrators only;
     * 200 {@code {"imported":n}}, or 400 with every problem by row and column and nothing written.
     */
    @POST
    @Path("/managers-import")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response importManagers(String body) {
        return withBody(body, SettingsManagersImportDto.class, dto -> {
            if (dto.file() == null) {
                return failure(Outcome.failure(Outcome.Failure.INVALID,
                        Violation.of(ViolationCode.REQUEST_FIELD_REQUIRED, "file")));
            }
            byte[] file;
            try {
                file = Base64.getDecoder().decode(dto.file());
            } catch (IllegalArgumentException e) {
                return failure(Outcome.failure(Outcome.Failure.INVALID,
                        Violation.of(ViolationCode.REQUEST_WRONG_TYPE, "file")));
            }
            return ok(settings.importManagers(caller(), file), imported -> Map.of("imported", imported));
        });
    }

    /** Who creates goals of the top level: {@code {version, adminOnly}} (issue 14). */
    @GET
    @Path("/company-goals")
    public Response companyGoals() {
        return ok(settings.companyGoalsAdminOnly(caller()), SettingsCompanyGoalsDto::of);
    }

    /** Saves who creates goals of the top level: {@code {version, adminOnly}}. */
    @PUT
    @Path("/company-goals")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response putCompanyGoals(String body) {
        return withVersion(body, SettingsCompanyGoalsDto.class, SettingsCompanyGoalsDto::version,
                (dto, version) -> ok(settings.putCompanyGoalsAdminOnly(caller(), version, dto.adminOnly()),
                        SettingsCompanyGoalsDto::of));
    }

    /** The appraisal scheme. */
    @GET
    @Path("/appraisal-scheme")
    public Response appraisalScheme() {
        return ok(settings.appraisalScheme(caller()), SettingsAppraisalSchemeDto::of);
    }

    /** Saves the appraisal scheme. */
    @PUT
    @Path("/appraisal-scheme")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response putAppraisalScheme(String body) {
        return withVersion(body, SettingsAppraisalSchemeDto.class, SettingsAppraisalSchemeDto::version,
                (dto, version) -> {
                    List<Violation> unknown = dto.unknownShareGradeViolations();
                    if (!unknown.isEmpty()) {
                        return failure(Outcome.failure(Outcome.Failure.INVALID, unknown));
                    }
                    return ok(settings.putAppraisalScheme(caller(), version, dto.toDraft()),
                            SettingsAppraisalSchemeDto::of);
                });
    }

    /** The levels. */
    @GET
    @Path("/levels")
    public Response levels() {
        return ok(settings.levelScheme(caller()), SettingsLevelsDto::of);
    }

    /** Saves the levels. */
    @PUT
    @Path("/levels")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response putLevels(String body) {
        return withVersion(body, SettingsLevelsDto.class, SettingsLevelsDto::version, (dto, version) -> then(
                RequestNumbers.requiredInt(dto.maxAlignmentDepth(), "maxAlignmentDepth"), depth -> ok(
                        settings.putLevelScheme(caller(), version, dto.keys(), dto.names(), dto.namesZh(), depth),
                        SettingsLevelsDto::of)));
    }

    /** The tracking thresholds. */
    @GET
    @Path("/tracking-thresholds")
    public Response trackingThresholds() {
        return json(Response.Status.OK, settings.trackingThresholds(caller()), SettingsTrackingThresholdsDto::of);
    }

    /** Saves the tracking thresholds. */
    @PUT
    @Path("/tracking-thresholds")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response putTrackingThresholds(String body) {
        return withVersion(body, SettingsTrackingThresholdsDto.class, SettingsTrackingThresholdsDto::version,
                (dto, version) -> {
                    var values = dto.thresholds();
                    return ok(settings.putTrackingThresholds(caller(), version,
                            values == null ? null : values.onTrackPercent(),
                            values == null ? null : values.atRiskPercent()), SettingsTrackingThresholdsDto::of);
                });
    }

    /** How the check-in cadence is chosen: {@code {version, cadence}} (issue 14). */
    @GET
    @Path("/check-in-cadence")
    public Response cadence() {
        return ok(settings.cadence(caller()), SettingsCadenceDto::of);
    }

    /** Saves how the check-in cadence is chosen: {@code {version, cadence}}. */
    @PUT
    @Path("/check-in-cadence")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response putCadence(String body) {
        return withVersion(body, SettingsCadenceDto.class, SettingsCadenceDto::version,
                (dto, version) -> ok(settings.putCadence(caller(), version, dto.cadence()), SettingsCadenceDto::of));
    }

    /** The site-wide default partial-credit weights: {@code {version, toDo, inProgress, done}} (issue 14). */
    @GET
    @Path("/status-weights")
    public Response statusWeights() {
        return ok(settings.statusWeights(caller()), SettingsStatusWeightsDto::of);
    }

    /** Saves the default partial-credit weights; the key results that follow them are recomputed after a save. */
    @PUT
    @Path("/status-weights")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response putStatusWeights(String body) {
        return withVersion(body, SettingsStatusWeightsDto.class, SettingsStatusWeightsDto::version,
                (dto, version) -> ok(settings.putStatusWeights(caller(), version, dto.toDo(), dto.inProgress(),
                        dto.done()), SettingsStatusWeightsDto::of));
    }

    /** How issues count: the story-point field and whether sub-tasks count. */
    @GET
    @Path("/issue-progress")
    public Response issueProgress() {
        return ok(settings.issueCounting(caller()), SettingsIssueProgressDto::of);
    }

    /** Saves how issues count; every issue-driven key result is recomputed after a save. */
    @PUT
    @Path("/issue-progress")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response putIssueProgress(String body) {
        return withVersion(body, SettingsIssueProgressDto.class, SettingsIssueProgressDto::version,
                (dto, version) -> ok(settings.putIssueCounting(caller(), version, dto.storyPointField(),
                        dto.countSubTasks()), SettingsIssueProgressDto::of));
    }
}

package dev.cascade.okr.rest.settings;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.user.UserManager;
import dev.cascade.okr.core.validation.Violation;
import dev.cascade.okr.core.validation.ViolationCode;
import dev.cascade.okr.rest.http.Callers;
import dev.cascade.okr.rest.http.JsonBodies;
import dev.cascade.okr.rest.http.RequestNumbers;
import dev.cascade.okr.rest.http.RestResponses;
import dev.cascade.okr.service.kernel.Caller;
import dev.cascade.okr.service.kernel.Outcome;
import dev.cascade.okr.service.settings.SettingsService;
import java.util.List;
import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

/**
 * {@code /rest/cascade/1.0/settings}: the appraisal scheme, the levels, the tracking thresholds and how issues count
 * ({@code issue-progress}). Every signed-in user reads them; only app administrators change them (403 for others).
 * Each is read and written in the same shape with a {@code version} (0 while never saved); an old version answers 409
 * with {@code current}.
 */
@Path("/settings")
@LicensedOnly
@Produces(MediaType.APPLICATION_JSON)
public class SettingsResource {

    private final SettingsService settings;
    private final UserManager users;
    private final I18nResolver i18n;

    /** Created by the REST module with the plugin's beans and host services. */
    @Inject
    public SettingsResource(SettingsService settings, @ComponentImport UserManager users,
            @ComponentImport I18nResolver i18n) {
        this.settings = settings;
        this.users = users;
        this.i18n = i18n;
    }

    /** The appraisal scheme. */
    @GET
    @Path("/appraisal-scheme")
    public Response appraisalScheme() {
        var found = settings.appraisalScheme(caller());
        return RestResponses.ok(found, i18n, SettingsAppraisalSchemeDto::of);
    }

    /** Saves the appraisal scheme. */
    @PUT
    @Path("/appraisal-scheme")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response putAppraisalScheme(String body) {
        Outcome<SettingsAppraisalSchemeDto> parsed = JsonBodies.read(body, SettingsAppraisalSchemeDto.class);
        if (!parsed.isSuccess()) {
            return RestResponses.failure(parsed, i18n);
        }
        Outcome<Long> version = RequestNumbers.version(parsed.value().version());
        if (!version.isSuccess()) {
            return RestResponses.failure(version, i18n);
        }
        List<String> unknown = parsed.value().unknownShareGrades();
        if (!unknown.isEmpty()) {
            return RestResponses.failure(Outcome.failure(Outcome.Failure.INVALID, unknown.stream()
                    .map(code -> Violation.of(ViolationCode.APPRAISAL_GRADE_BAND_GRADE_INVALID,
                            "distributionMaxShares." + code))
                    .toList()), i18n);
        }
        var saved = settings.putAppraisalScheme(caller(), version.value(), parsed.value().toDraft());
        return RestResponses.ok(saved, i18n, SettingsAppraisalSchemeDto::of);
    }

    /** The levels. */
    @GET
    @Path("/levels")
    public Response levels() {
        var found = settings.levelScheme(caller());
        return RestResponses.ok(found, i18n, SettingsLevelsDto::of);
    }

    /** Saves the levels. */
    @PUT
    @Path("/levels")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response putLevels(String body) {
        Outcome<SettingsLevelsDto> parsed = JsonBodies.read(body, SettingsLevelsDto.class);
        if (!parsed.isSuccess()) {
            return RestResponses.failure(parsed, i18n);
        }
        Outcome<Long> version = RequestNumbers.version(parsed.value().version());
        if (!version.isSuccess()) {
            return RestResponses.failure(version, i18n);
        }
        Outcome<Integer> depth = RequestNumbers.requiredInt(parsed.value().maxAlignmentDepth(), "maxAlignmentDepth");
        if (!depth.isSuccess()) {
            return RestResponses.failure(depth, i18n);
        }
        var saved = settings.putLevelScheme(caller(), version.value(), parsed.value().keys(), parsed.value().names(),
                depth.value());
        return RestResponses.ok(saved, i18n, SettingsLevelsDto::of);
    }

    /** The tracking thresholds. */
    @GET
    @Path("/tracking-thresholds")
    public Response trackingThresholds() {
        var found = settings.trackingThresholds(caller());
        return found.isSuccess()
                ? RestResponses.json(Response.Status.OK, SettingsTrackingThresholdsDto.of(found.value()))
                : RestResponses.failure(found, i18n);
    }

    /** Saves the tracking thresholds. */
    @PUT
    @Path("/tracking-thresholds")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response putTrackingThresholds(String body) {
        Outcome<SettingsTrackingThresholdsDto> parsed = JsonBodies.read(body, SettingsTrackingThresholdsDto.class);
        if (!parsed.isSuccess()) {
            return RestResponses.failure(parsed, i18n);
        }
        Outcome<Long> version = RequestNumbers.version(parsed.value().version());
        if (!version.isSuccess()) {
            return RestResponses.failure(version, i18n);
        }
        var values = parsed.value().thresholds();
        var saved = settings.putTrackingThresholds(caller(), version.value(),
                values == null ? null : values.onTrackPercent(), values == null ? null : values.atRiskPercent());
        return saved.isSuccess()
                ? RestResponses.json(Response.Status.OK, SettingsTrackingThresholdsDto.of(saved.value()))
                : RestResponses.failure(saved, i18n, SettingsTrackingThresholdsDto::of);
    }

    /** How issues count: the story-point field and whether sub-tasks count. */
    @GET
    @Path("/issue-progress")
    public Response issueProgress() {
        var found = settings.issueCounting(caller());
        return RestResponses.ok(found, i18n, SettingsIssueProgressDto::of);
    }

    /** Saves how issues count; every issue-driven key result is recomputed after a save. */
    @PUT
    @Path("/issue-progress")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response putIssueProgress(String body) {
        Outcome<SettingsIssueProgressDto> parsed = JsonBodies.read(body, SettingsIssueProgressDto.class);
        if (!parsed.isSuccess()) {
            return RestResponses.failure(parsed, i18n);
        }
        Outcome<Long> version = RequestNumbers.version(parsed.value().version());
        if (!version.isSuccess()) {
            return RestResponses.failure(version, i18n);
        }
        var saved = settings.putIssueCounting(caller(), version.value(), parsed.value().storyPointField(),
                parsed.value().countSubTasks());
        return RestResponses.ok(saved, i18n, SettingsIssueProgressDto::of);
    }

    private Caller caller() {
        return Callers.of(users);
    }
}

package dev.cascade.okr.service.settings;

import static dev.cascade.okr.service.kernel.GoalAccess.forbidden;
import static dev.cascade.okr.service.kernel.GoalAccess.unauthenticated;

import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import dev.cascade.okr.core.appraisal.AppraisalScheme;
import dev.cascade.okr.core.appraisal.AppraisalSchemeDraft;
import dev.cascade.okr.core.appraisal.Composite;
import dev.cascade.okr.core.appraisal.SchemeExample;
import dev.cascade.okr.core.model.LevelScheme;
import dev.cascade.okr.core.model.StatusWeights;
import dev.cascade.okr.core.port.SettingsStore;
import dev.cascade.okr.core.port.SettingsStore.AuditPage;
import dev.cascade.okr.core.port.SettingsStore.Setting;
import dev.cascade.okr.core.progress.IssueCounting;
import dev.cascade.okr.core.tracking.CadenceSetting;
import dev.cascade.okr.core.tracking.TrackingThresholds;
import dev.cascade.okr.core.validation.Validated;
import dev.cascade.okr.core.validation.Violation;
import dev.cascade.okr.core.validation.ViolationCode;
import dev.cascade.okr.service.kernel.AccessService;
import dev.cascade.okr.service.kernel.Caller;
import dev.cascade.okr.service.kernel.IssueCountingSetting;
import dev.cascade.okr.service.kernel.Outcome;
import dev.cascade.okr.service.kernel.Outcome.Failure;
import dev.cascade.okr.service.kernel.SiteSettings;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/**
 * The administration page's reads (issue 14): every setting with its version in one call, and the preview of the seed
 * examples under a scheme being edited. App administrators only: anonymous callers are refused as unauthenticated,
 * everyone else as forbidden. Saving goes through {@link SettingsService}, section by section.
 */
@JiraComponent
public final class AdministrationService {

    private final SettingsStore settings;
    private final AccessService access;

    /** Creates the service. */
    @Inject
    public AdministrationService(SettingsStore settings, AccessService access) {
        this.settings = settings;
        this.access = access;
    }

    /** Every section's setting with its version, as stored now. */
    public Outcome<Overview> overview(Caller caller) {
        Optional<Outcome<Overview>> refused = refused(caller);
        if (refused.isPresent()) {
            return refused.get();
        }
        return Outcome.success(new Overview(settings.levelScheme(), settings.appraisalScheme(),
                settings.trackingThresholds(), SiteSettings.cadence(settings), IssueCountingSetting.stored(settings),
                SiteSettings.statusWeights(settings),
                SettingsService.companyGoals(settings.text(SettingsStore.COMPANY_GOALS_ADMIN_ONLY))));
    }

    /**
     * The seed examples computed under the scheme {@code draft} describes, in {@link SchemeExample#SEEDS} order; the
     * scheme's violations (at the same fields as saving it) when it is not valid. Nothing is stored.
     */
    public Outcome<List<Example>> preview(Caller caller, AppraisalSchemeDraft draft) {
        Optional<Outcome<List<Example>>> refused = refused(caller);
        if (refused.isPresent()) {
            return refused.get();
        }
        Validated<AppraisalScheme> scheme = AppraisalScheme.of(draft);
        if (!scheme.isValid()) {
            return Outcome.<List<Example>>failure(Failure.INVALID, scheme.errors())
                    .renamed("processScaleMin", "processScale.min").renamed("processScaleMax", "processScale.max");
        }
        return Outcome.success(SchemeExample.SEEDS.stream()
                .map(example -> new Example(example, example.under(scheme.value()))).toList());
    }

    /**
     * The audit list: every saved change of a setting, newest first, {@code limit} entries (1 to
     * {@value SettingsStore#MAX_AUDIT_PAGE}) from {@code offset} (0 or more); out of range is refused at the field.
     */
    public Outcome<AuditPage> audit(Caller caller, int offset, int limit) {
        Optional<Outcome<AuditPage>> refused = refused(caller);
        if (refused.isPresent()) {
            return refused.get();
        }
        if (offset < 0) {
            return Outcome.failure(Failure.INVALID, Violation.of(ViolationCode.PAGING_INVALID, "offset",
                    String.valueOf(SettingsStore.MAX_AUDIT_PAGE)));
        }
        if (limit < 1 || limit > SettingsStore.MAX_AUDIT_PAGE) {
            return Outcome.failure(Failure.INVALID, Violation.of(ViolationCode.PAGING_INVALID, "limit",
                    String.valueOf(SettingsStore.MAX_AUDIT_PAGE)));
        }
        return Outcome.success(settings.audit(offset, limit));
    }

    private <T> Optional<Outcome<T>> refused(Caller caller) {
        if (caller.userKey().isEmpty()) {
            return Optional.of(unauthenticated());
        }
        if (!access.factsOf(caller.userKey().get()).isAppAdmin()) {
            return Optional.of(forbidden());
        }
        return Optional.empty();
    }

    /**
     * The settings of the administration page.
     *
     * @param levels the levels
     * @param scheme the appraisal scheme
     * @param thresholds the tracking thresholds
     * @param cadence how the check-in cadence is chosen
     * @param counting how issues count
     * @param statusWeights the default partial-credit weights
     * @param companyGoals whether only app administrators create company goals (the default)
     */
    public record Overview(Setting<LevelScheme> levels, Setting<AppraisalScheme> scheme,
            Setting<TrackingThresholds> thresholds, Setting<CadenceSetting> cadence, Setting<IssueCounting> counting,
            Setting<StatusWeights> statusWeights, Setting<Boolean> companyGoals) {
    }

    /**
     * A seed example under the scheme previewed.
     *
     * @param example the example
     * @param composite its composite, or why there is none (its process score is off the scheme's scale)
     */
    public record Example(SchemeExample example, Validated<Composite> composite) {
    }
}

package dev.cascade.okr.service.appraisal;

import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import dev.cascade.okr.core.port.AppraisalStore;
import dev.cascade.okr.core.port.GoalStore;
import dev.cascade.okr.core.port.SettingsStore;
import dev.cascade.okr.service.kernel.AccessService;
import dev.cascade.okr.service.kernel.GoalAccess;
import java.util.Objects;
import javax.inject.Inject;

/**
 * What every use case of the appraisal room reads alike: the appraisals, the goals and their evidence, the app's
 * settings (the appraisal scheme, the levels), and who may see what ({@link AccessService}, and the one goal-access
 * path over it). One component, so that {@link AppraisalService}, {@link CarryOverService} and
 * {@link AppraisalSummaryService} are wired with the same collaborators instead of each wiring them again. Holds no
 * state of its own. (A class, not a record: the Spring Scanner index lists classes only.)
 */
@JiraComponent
public final class AppraisalSources {

    private final AppraisalStore appraisals;
    private final GoalStore goals;
    private final SettingsStore settings;
    private final AccessService access;
    private final GoalEvidence evidence;

    /** Creates the sources. */
    @Inject
    public AppraisalSources(AppraisalStore appraisals, GoalStore goals, SettingsStore settings, AccessService access,
            GoalEvidence evidence) {
        this.appraisals = Objects.requireNonNull(appraisals, "appraisals");
        this.goals = Objects.requireNonNull(goals, "goals");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.access = Objects.requireNonNull(access, "access");
        this.evidence = Objects.requireNonNull(evidence, "evidence");
    }

    /** The confirmations and appraisals. */
    public AppraisalStore appraisals() {
        return appraisals;
    }

    /** The goals. */
    public GoalStore goals() {
        return goals;
    }

    /** The app's settings. */
    public SettingsStore settings() {
        return settings;
    }

    /** Who the caller is and what core's access policy allows. */
    public AccessService access() {
        return access;
    }

    /** A goal's achievement as its key results' evidence gives it now. */
    public GoalEvidence evidence() {
        return evidence;
    }

    /** The goal-access path over these goals and this access service (it holds no state). */
    public GoalAccess goalAccess() {
        return new GoalAccess(goals, access);
    }
}

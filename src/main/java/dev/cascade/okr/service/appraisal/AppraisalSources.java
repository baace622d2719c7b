package dev.cascade.okr.service.appraisal;

import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import dev.cascade.okr.core.port.AlignmentStore;
import dev.cascade.okr.core.port.AppraisalStore;
import dev.cascade.okr.core.port.GoalQueries;
import dev.cascade.okr.core.port.GoalStore;
import dev.cascade.okr.core.port.PeopleStore;
import dev.cascade.okr.core.port.SettingsStore;
import dev.cascade.okr.service.kernel.AccessService;
import dev.cascade.okr.service.kernel.GoalAccess;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Objects;

/**
 * What every use case of the appraisal room reads alike: the appraisals, the goals and their evidence, the app's
 * settings (the appraisal scheme, the levels), who manages whom, and who may see what ({@link AccessService}, and the
 * one goal-access path over it). One component, so that {@link AppraisalService}, {@link CarryOverService} and
 * {@link AppraisalSummaryService} are wired with the same collaborators (and the room's one clock) instead of each
 * wiring them again. Holds no state of its own. A class of the room's package with final fields its services read
 * directly, not a record: the Spring Scanner index lists classes only.
 */
@JiraComponent
public final class AppraisalSources {

    /** The confirmations and appraisals. */
    final AppraisalStore appraisals;
    /** The goals. */
    final GoalStore goals;
    /** Finding goals. */
    final GoalQueries queries;
    /** The alignments between goals. */
    final AlignmentStore alignments;
    /** The app's settings. */
    final SettingsStore settings;
    /** Who the caller is and what core's access policy allows. */
    final AccessService access;
    /** Who manages whom: the managers who assess a person's goals. */
    final PeopleStore people;
    /** A goal's achievement as its key results' evidence gives it now. */
    final GoalEvidence evidence;
    /** The room's clock: when a step of an appraisal was taken, when a goal was carried over. */
    final Clock clock;
    private final GoalAccess goalAccess;

    /** Creates the sources. */
    @Inject
    public AppraisalSources(AppraisalStore appraisals, GoalStore goals, GoalQueries queries,
            AlignmentStore alignments, SettingsStore settings, GoalAccess goalAccess, PeopleStore people,
            GoalEvidence evidence) {
        this(appraisals, goals, queries, alignments, settings, goalAccess, people, evidence, Clock.systemUTC());
    }

    /** Creates the sources with the given clock (a fixed one in tests). */
    AppraisalSources(AppraisalStore appraisals, GoalStore goals, GoalQueries queries, AlignmentStore alignments,
            SettingsStore settings, GoalAccess goalAccess, PeopleStore people, GoalEvidence evidence, Clock clock) {
        this.appraisals = Objects.requireNonNull(appraisals, "appraisals");
        this.goals = Objects.requireNonNull(goals, "goals");
        this.queries = Objects.requireNonNull(queries, "queries");
        this.alignments = Objects.requireNonNull(alignments, "alignments");
        this.goalAccess = Objects.requireNonNull(goalAccess, "goalAccess");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.access = goalAccess.users();
        this.people = Objects.requireNonNull(people, "people");
        this.evidence = Objects.requireNonNull(evidence, "evidence");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The goal-access path. */
    public GoalAccess goalAccess() {
        return goalAccess;
    }
}
